import FocusNetGraph
import Foundation

/// FocusNet's `CSVParser` alone over a file, read in the same 4 MiB chunks as `TableReader`:
/// the floor under `RecordSet.read`, with no validation, interning or tables.
public enum ParserScan {
    public struct Result: Sendable, Equatable {
        public var records = 0
        public var fields = 0
        public var fieldBytes = 0
        /// Fields decoded to `String` (only when asked; what a String-based library hands out).
        public var utf8Bytes = 0
    }

    /// - Parameter decodeStrings: also decode every field as a `String`, as CSV libraries do.
    public static func scan(_ url: URL, decodeStrings: Bool = false) throws -> Result {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { try? handle.close() }
        var parser = CSVParser()
        var result = Result()
        let emit = { (row: CSVRow) in
            result.records += 1
            result.fields += row.count
            for i in 0..<row.count {
                result.fieldBytes += row.withField(i) { $0.count }
                if decodeStrings, case .success(let text) = row.string(i) { result.utf8Bytes += text.utf8.count }
            }
        }
        while let chunk = try handle.read(upToCount: 4 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { parser.consume($0, emit: emit) }
        }
        parser.finish(emit: emit)
        return result
    }
}
