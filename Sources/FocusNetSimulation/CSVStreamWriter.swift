import FocusNetGraph
import Foundation

/// Writes one canonical CSV file row by row through a fixed-size byte buffer, so that files of
/// millions of rows never exist in memory: UTF-8, comma separated, LF line ends, a header row,
/// fields quoted only when they hold a comma, a quote or a line break. (``DefectInjector`` asks
/// for a byte-order mark or CRLF line ends instead; the clean files never have them.)
///
/// Memory is the buffer (1 MiB) whatever the file size. Rows are counted (header excluded).
final class CSVStreamWriter {
    let url: URL
    private(set) var rowCount = 0
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var fieldsInRow = 0
    private let crlf: Bool
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file and writes the header row.
    /// - Parameters:
    ///   - byteOrderMark: start the file with the UTF-8 byte-order mark `EF BB BF`.
    ///   - crlf: end every line, the header's included, with CR LF instead of LF.
    /// - Throws: ``SimulationError/cannotWriteFile(path:reason:)`` when the file cannot be created.
    init(url: URL, header: [String], byteOrderMark: Bool = false, crlf: Bool = false) throws(SimulationError) {
        self.url = url
        self.crlf = crlf
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: url)
        else { throw .cannotWriteFile(path: url.path, reason: "the file cannot be created") }
        self.handle = handle
        buffer.reserveCapacity(Self.flushThreshold + 4096)
        if byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        for name in header { text(name) }
        endLine()
        fieldsInRow = 0
    }

    deinit { try? handle?.close() }

    // MARK: Fields

    /// A text field, quoted (RFC 4180) only when it needs to be.
    func text(_ value: String) { field(value.utf8) }

    /// A field given as UTF-8 bytes, quoted (RFC 4180) only when it needs to be.
    func field(_ utf8: some Collection<UInt8>) {
        separate()
        if utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
            buffer.append(34)
            for byte in utf8 { if byte == 34 { buffer.append(34) }; buffer.append(byte) }
            buffer.append(34)
        } else {
            buffer.append(contentsOf: utf8)
        }
    }

    /// Pre-encoded ASCII bytes that need no quoting (codes such as `shot_fatal`).
    func ascii(_ bytes: [UInt8]) {
        separate()
        buffer.append(contentsOf: bytes)
    }

    /// An identifier `prefix` + `number` zero-padded to `width` digits (e.g. `P000123`).
    func identifier(_ format: IdentifierFormat, _ number: Int) {
        separate()
        format.append(number, to: &buffer)
    }

    /// An integer in decimal.
    func integer(_ value: Int) {
        separate()
        if value < 0 { buffer.append(45) }
        var rest = value.magnitude
        var divisor: UInt = 1
        while divisor <= rest / 10 { divisor *= 10 }
        while divisor > 0 {
            buffer.append(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A date `yyyy-mm-dd` from a day number (see ``CivilDate``).
    func date(_ dayNumber: Int) {
        separate()
        CivilDate.appendISO(dayNumber, to: &buffer)
    }

    /// Ends the current row; flushes the buffer when it is full.
    /// - Throws: ``SimulationError/cannotWriteFile(path:reason:)`` when the disk refuses the bytes.
    func endRow() throws(SimulationError) {
        endLine()
        fieldsInRow = 0
        rowCount += 1
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes what is buffered and closes the file. Further writes are a programming error.
    /// - Throws: ``SimulationError/cannotWriteFile(path:reason:)``.
    func close() throws(SimulationError) {
        try flush()
        do { try handle?.close() } catch { throw .cannotWriteFile(path: url.path, reason: "\(error)") }
        handle = nil
    }

    private func endLine() {
        if crlf { buffer.append(13) }
        buffer.append(10)
    }

    private func separate() {
        if fieldsInRow > 0 { buffer.append(44) }
        fieldsInRow += 1
    }

    private func flush() throws(SimulationError) {
        guard let handle else { preconditionFailure("write after close: \(url.lastPathComponent)") }
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch { throw .cannotWriteFile(path: url.path, reason: "\(error)") }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// How a kind of record identifier is spelled: a letter and a zero-padded number whose width
/// is fixed per data set, so that string order equals numeric order (`P000009` < `P000010`).
struct IdentifierFormat: Sendable, Equatable {
    let prefix: UInt8
    let width: Int

    /// A format wide enough for numbers up to `capacity` and at least `minimumWidth` digits.
    init(prefix: Character, minimumWidth: Int, capacity: Int) {
        self.prefix = prefix.asciiValue!
        var digits = 1, limit = 10
        while limit <= capacity { digits += 1; limit *= 10 }
        width = max(minimumWidth, digits)
    }

    func append(_ number: Int, to bytes: inout [UInt8]) {
        precondition(number >= 0, "identifiers are numbered from 0")
        bytes.append(prefix)
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        precondition(number < divisor * 10, "identifier \(number) does not fit in \(width) digits")
        while divisor > 0 { bytes.append(UInt8(48 + number / divisor % 10)); divisor /= 10 }
    }

    func string(_ number: Int) -> String {
        var bytes = [UInt8]()
        append(number, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
