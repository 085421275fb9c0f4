import Crypto
import Foundation

/// How a records file is cut for reading: whole, or in pieces read on all cores.
///
/// Cuts fall just after a line feed; whether that line feed really ends a record (and not a
/// line inside a quoted field) is checked once the piece before has been parsed
/// (``TableReader/read(_:at:mapping:plan:rejects:rows:row:merge:)``), so any cut is safe.
enum PiecePlan: Sendable, Equatable {
    /// One pass over the whole file.
    case whole
    /// Files of at least ``parallelMinimum`` bytes, on a machine with more than one core: one
    /// piece per core (at most ``maximumPieces``), the first read alone up to about
    /// ``firstPieceBytes`` (the header, and the date formats the others start from), then on
    /// through its share while the others are read. Smaller files: ``whole``.
    case automatic
    /// Pieces of about `bytes` bytes each, whatever the file's size (tests use it to put cuts
    /// in small files).
    case bytes(Int)

    /// Below this size a file is read in one pass (8 MiB ≈ 130,000 arrest rows, read in ≈ 0.2 s).
    static let parallelMinimum = 8 << 20
    /// The size of the first piece of a file read in pieces (it then reads on to the second cut).
    static let firstPieceBytes = 1 << 20
    /// At most this many pieces (each later piece looks its arrest ids up in every earlier one).
    static let maximumPieces = 8

    /// The offsets at which the pieces of a file of `size` bytes start, then `size`: `[0, size]`
    /// for one piece. Each inner offset follows a line feed, near its target.
    /// - Complexity: reads a few KiB around each cut (more when lines are long).
    func bounds(of fileHandle: FileHandle, size: Int, file: String) throws(RecordError) -> [Int] {
        var bounds = [0]
        func cut(near target: Int) throws(RecordError) {
            guard target > bounds.last!, target < size,
                  let at = try FilePieces.lineStart(atOrAfter: target, in: fileHandle, size: size, file: file),
                  at > bounds.last!, at < size else { return }
            bounds.append(at)
        }
        switch self {
        case .whole: break
        case .automatic:
            let cores = ProcessInfo.processInfo.activeProcessorCount
            guard size >= PiecePlan.parallelMinimum, cores > 1 else { break }
            try cut(near: PiecePlan.firstPieceBytes)
            let pieces = min(cores, PiecePlan.maximumPieces)
            for i in 1..<pieces { try cut(near: size * i / pieces) }
        case .bytes(let bytes):
            var target = max(1, bytes)
            while target < size {
                try cut(near: target)
                target = max(target, bounds.last!) + max(1, bytes)
            }
        }
        bounds.append(size)
        return bounds
    }
}

/// Byte-level helpers for reading a file in pieces.
enum FilePieces {
    /// The offset just after the first line feed at or after `target − 1` (so `target` itself
    /// when byte `target − 1` is a line feed), or `nil` when none follows.
    static func lineStart(atOrAfter target: Int, in fileHandle: FileHandle, size: Int, file: String) throws(RecordError) -> Int? {
        var position = target - 1
        while position < size {
            let window = try read(fileHandle, from: position, count: min(64 << 10, size - position), file: file)
            if window.isEmpty { return nil }
            if let i = window.firstIndex(of: 0x0A) { return position + (i - window.startIndex) + 1 }
            position += window.count
        }
        return nil
    }

    /// The line breaks in bytes `range` of the file as ``CSVParser`` counts them (each CR, each
    /// LF not right after a CR), and the number of UTF-8 bytes they decode to from `encoding`:
    /// where the next piece starts, in lines and in the parser's offsets.
    /// - Complexity: O(bytes), one chunk of memory.
    static func extent(of range: Range<Int>, in file: String, encoding: TextEncoding) throws(RecordError) -> (lines: Int, utf8: Int) {
        guard let fileHandle = FileHandle(forReadingAtPath: file) else { throw .unreadable(file: file, reason: "cannot open the file again") }
        defer { try? fileHandle.close() }
        let widths = utf8Widths(encoding)
        var lines = 0, utf8 = 0, previousCR = false
        var position = range.lowerBound
        while position < range.upperBound {
            let chunk = try read(fileHandle, from: position, count: min(TableReader.chunkSize, range.upperBound - position), file: file)
            if chunk.isEmpty { break }
            position += chunk.count
            chunk.withUnsafeBytes { bytes in
                if encoding == .utf8, memchr(bytes.baseAddress!, 0x0D, bytes.count) == nil {
                    // The common case, with memchr's wide scan: LF line ends, no byte to transcode.
                    var from = bytes.baseAddress!, left = bytes.count
                    while left > 0, let lf = memchr(from, 0x0A, left) {
                        lines += 1
                        let next = UnsafeRawPointer(lf) + 1
                        left -= next - from
                        from = next
                    }
                    utf8 += bytes.count
                    previousCR = false
                    return
                }
                for byte in bytes {
                    if byte == 0x0D { lines += 1 } else if byte == 0x0A, !previousCR { lines += 1 }
                    previousCR = byte == 0x0D
                    utf8 += byte < 0x80 ? 1 : widths[Int(byte) - 0x80]
                }
            }
        }
        return (lines, utf8)
    }

    /// UTF-8 bytes of each byte 0x80–0xFF read in `encoding` (``SingleByteTranscoder``: an
    /// undefined byte is passed through as one byte; under UTF-8, every byte is one).
    private static func utf8Widths(_ encoding: TextEncoding) -> [Int] {
        (0x80...0xFF).map { byte in
            guard encoding != .utf8, let scalar = SingleByteTranscoder.character(UInt8(byte), in: encoding) else { return 1 }
            return String(scalar).utf8.count
        }
    }

    private static func read(_ fileHandle: FileHandle, from offset: Int, count: Int, file: String) throws(RecordError) -> Data {
        do {
            try fileHandle.seek(toOffset: UInt64(offset))
            return try fileHandle.read(upToCount: count) ?? Data()
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
    }
}

extension TableReader {
    /// One piece of a file being read: its own parser, counts, rejections and table rows.
    final class Piece<Rows: AnyObject> {
        /// The file bytes read so far: `start..<end`.
        let start: Int
        private(set) var end: Int
        var parser: CSVParser
        let reading: FileReading
        var rejects = RejectLog()
        let rows: Rows
        /// Where this piece was assumed to start: the parser's line and offset, the date formats.
        let assumed: (line: Int, offset: Int, dates: [DateFormat?])
        var error: RecordError?

        init(start: Int, parser: CSVParser, reading: FileReading, rows: Rows) {
            self.start = start
            end = start
            self.parser = parser
            self.reading = reading
            self.rows = rows
            assumed = (parser.position.line, parser.position.offset, reading.schema?.dateFormats ?? [])
        }

        /// Parses the file's bytes from ``end`` up to `limit`, each row through `handle`.
        func consume(upTo limit: Int, file: String, encoding: TextEncoding, hasher: inout SHA256?,
                     handle: (Rows, MappedRow, inout Bool) throws(RowRejection) -> RowOutcome) throws(RecordError) {
            guard let fileHandle = FileHandle(forReadingAtPath: file) else {
                throw .unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")
            }
            defer { try? fileHandle.close() }
            var parser = self.parser, rejects = self.rejects
            let reading = self.reading, rows = self.rows
            defer {
                self.parser = parser
                self.rejects = rejects
            }
            func process(_ row: CSVRow) {
                reading.process(row, rejects: &rejects) { row, changed throws(RowRejection) in try handle(rows, row, &changed) }
            }
            try TableReader.forEachChunk(of: fileHandle, file: file, from: end, to: limit, encoding: encoding,
                                         hasher: &hasher) { (bytes: UnsafeRawBufferPointer) throws(RecordError) in
                parser.consume(bytes, emit: process)
                if let error = reading.headerError { throw error }
            }
            end = limit
        }

        /// Ends the file: a last record without a line end.
        func finish(handle: (Rows, MappedRow, inout Bool) throws(RowRejection) -> RowOutcome) {
            let reading = self.reading, rows = self.rows
            parser.finish { row in
                reading.process(row, rejects: &rejects) { row, changed throws(RowRejection) in try handle(rows, row, &changed) }
            }
        }

        /// Whether `next` was assumed to start exactly where this piece's reading ends now.
        func continues(into next: Piece) -> Bool {
            next.error == nil && end == next.start && parser.atRecordBoundary
                && parser.position == (next.assumed.line, next.assumed.offset)
                && (reading.schema?.dateFormats ?? []) == next.assumed.dates
        }
    }

    /// Reads every data row of `url` through `handle`, as ``read(_:at:mapping:rejects:row:)``
    /// does, but in the pieces `plan` cuts the file into, read on all cores: each piece keeps
    /// its rows in its own `Rows` (made by `makeRows` from the piece's size in bytes), and
    /// `merge` joins them in file order, returning for each piece the rows (its accepted rows,
    /// 0-based, in order) that turn out to repeat an earlier piece's row; they count as duplicates.
    ///
    /// The result is the one a single pass gives, byte for byte. The first piece is read first
    /// (header, date formats). The others are read at once, each assumed to start on a record
    /// boundary at the line and offset counted from the bytes before it, with the date formats
    /// the first piece ended with. Then, in file order, a piece whose assumption does not hold —
    /// its cut fell inside a quoted field, or a date column's provisional format changed before
    /// it — is read again by the piece before it, continuing its pass. Counts, evidence and
    /// date readings add up piece by piece; rejections keep their lines and file order.
    /// - Throws: as ``read(_:at:mapping:rejects:row:)``.
    /// - Complexity: O(bytes / cores + merge) time when no piece is read again; memory the
    ///   pieces' rows until merged, one chunk per piece.
    static func read<Rows: AnyObject>(
        _ kind: InputKind, at url: URL, mapping: InputMapping, plan: PiecePlan, rejects: inout RejectLog,
        rows makeRows: (_ bytes: Int) -> Rows,
        row handle: (Rows, MappedRow, inout Bool) throws(RowRejection) -> RowOutcome,
        merge: ([Rows]) -> [[Int]]
    ) throws(RecordError) -> FileReport {
        let file = url.path
        guard let fileHandle = FileHandle(forReadingAtPath: file) else {
            throw .unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")
        }
        let size: Int
        do { size = Int(try fileHandle.seekToEnd()) } catch { throw .unreadable(file: file, reason: error.localizedDescription) }
        let bounds = try plan.bounds(of: fileHandle, size: size, file: file)
        try? fileHandle.close()
        let encoding = mapping.encoding ?? .utf8
        let inPieces = bounds.count > 2

        let first = Piece(start: 0, parser: CSVParser(), reading: FileReading(kind: kind, file: file, mapping: mapping),
                          rows: makeRows(bounds[min(2, bounds.count - 1)]))
        if inPieces { first.reading.rowFlags = [] }
        var hasher: SHA256? = inPieces ? nil : SHA256()
        try first.consume(upTo: bounds[1], file: file, encoding: encoding, hasher: &hasher, handle: handle)
        var kept = [first]
        var digest: Digest?
        if inPieces {
            digest = Digest(of: file)
            if first.reading.schema == nil {
                // No header in the first piece (blank lines only): read on in one pass.
                var none: SHA256?
                try first.consume(upTo: size, file: file, encoding: encoding, hasher: &none, handle: handle)
            } else {
                try readRest(after: first, bounds: bounds, file: file, encoding: encoding, kept: &kept,
                             rows: makeRows, row: handle)
            }
        }
        kept.last!.finish(handle: handle)
        if let error = first.reading.headerError { throw error }

        let demoted = merge(kept.map(\.rows))
        let total = first.reading
        rejects.append(first.rejects)
        for piece in kept.dropFirst() {
            total.absorb(piece.reading)
            rejects.append(piece.rejects)
        }
        for (piece, rows) in zip(kept, demoted) {
            for row in rows { total.demote(piece.reading.rowFlags![row]) }
        }
        let sha256 = try digest.map { d throws(RecordError) in try d.value() } ?? OutputDigest.hex(hasher!.finalize())
        return try finish(total, blankLines: kept.reduce(0) { $0 + $1.parser.blankLines }, sha256: sha256, rejects: &rejects)
    }

    /// Reads on with `first` through the next piece and, at the same time on the other cores,
    /// the pieces after it; then keeps each whose start assumption holds and has the piece
    /// before read on through the others (see ``read(_:at:mapping:plan:rejects:rows:row:merge:)``).
    private static func readRest<Rows: AnyObject>(
        after first: Piece<Rows>, bounds: [Int], file: String, encoding: TextEncoding, kept: inout [Piece<Rows>],
        rows makeRows: (_ bytes: Int) -> Rows,
        row handle: (Rows, MappedRow, inout Bool) throws(RowRejection) -> RowOutcome
    ) throws(RecordError) {
        let ranges = (1..<bounds.count - 1).map { bounds[$0]..<bounds[$0 + 1] }
        // Where each piece starts in lines and parser offsets: counted from the bytes before it.
        var extents = [Result<(lines: Int, utf8: Int), RecordError>](repeating: .success((0, 0)), count: ranges.count)
        extents.withUnsafeMutableBufferPointer { extents in
            DeterministicParallel.forEach(chunks: ranges.count - 1) { i in
                extents[i] = Result { () throws(RecordError) in try FilePieces.extent(of: ranges[i], in: file, encoding: encoding) }
            }
        }
        var (line, offset) = first.parser.position
        var pieces: [Piece<Rows>] = []
        for i in ranges.indices.dropLast() {
            if case .success(let extent) = extents[i] {
                line += extent.lines
                offset += extent.utf8
            }
            pieces.append(Piece(start: ranges[i + 1].lowerBound, parser: CSVParser(line: line, offset: offset),
                                reading: FileReading(piece: first.reading), rows: makeRows(ranges[i + 1].count)))
        }
        for case .failure(let error) in extents { throw error }
        // Task 0: the first piece reads on through the next one; task i: piece i.
        let owners = [first] + pieces
        DeterministicParallel.forEach(chunks: owners.count) { i in
            var none: SHA256?
            do throws(RecordError) {
                try owners[i].consume(upTo: ranges[i].upperBound, file: file, encoding: encoding, hasher: &none, handle: handle)
            } catch {
                owners[i].error = error
            }
        }
        if let error = first.error { throw error }
        for (piece, range) in zip(pieces, ranges.dropFirst()) {
            let previous = kept.last!
            if previous.continues(into: piece) {
                kept.append(piece)
            } else {
                var none: SHA256?
                try previous.consume(upTo: range.upperBound, file: file, encoding: encoding, hasher: &none, handle: handle)
            }
        }
    }

    /// The SHA-256 of a file, computed on another thread while its pieces are read.
    private final class Digest: @unchecked Sendable {
        private let group = DispatchGroup()
        private var result: Result<String, RecordError> = .success("")

        init(of file: String) {
            DispatchQueue.global().async(group: group) { [self] in
                result = Result { () throws(RecordError) in
                    guard let fileHandle = FileHandle(forReadingAtPath: file) else {
                        throw .unreadable(file: file, reason: "cannot open the file again")
                    }
                    defer { try? fileHandle.close() }
                    var hasher: SHA256? = SHA256()
                    try TableReader.forEachChunk(of: fileHandle, file: file, from: 0, to: nil, encoding: .utf8,
                                                 hasher: &hasher, metered: false) { (_: UnsafeRawBufferPointer) throws(RecordError) in }
                    return OutputDigest.hex(hasher!.finalize())
                }
            }
        }

        /// The hex digest, once computed.
        func value() throws(RecordError) -> String {
            group.wait()
            return try result.get()
        }
    }
}
