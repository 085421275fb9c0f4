import Foundation
import Yams

/// How one input file's columns, dates and codes map onto FocusNet's canonical form.
///
/// In YAML (one block per input kind):
/// ```yaml
/// arrests:
///   columns: { arrest_id: folio, person_id: id_persona, arrest_date: fecha_detencion }
///   date_formats: [dmy]           # optional; without it each date column's format is inferred
///   two_digit_year_pivot: 30      # optional; without it two-digit years are rejected
///   codes:
///     offense_category: { homicidio: violent, robo: property }
///   unknown_codes: reject          # or: other
///   encoding: windows-1252         # optional: utf-8 (default), windows-1252 or iso-8859-1
/// ```
public struct InputMapping: Sendable, Equatable, Codable {
    /// Canonical column name → the file's own header.
    public var columns: [String: String]
    /// The date format of every date column of the file: one format is a declaration; several
    /// are the candidates each column's format is inferred from (one format per column, never
    /// two); empty (the default) infers from ``DateColumnReading/inferable``-formats (ISO,
    /// day-first, month-first, `yyyymmdd`, Excel serial). See docs/data-formats.md, "Dates".
    public var dateFormats: [DateFormat]
    /// Formats declared for single columns (canonical column → format), e.g. from
    /// `--map arrest_date=fecha:dmy`; they override ``dateFormats`` for that column.
    public var columnDateFormats: [String: DateFormat] = [:]
    /// The zone that values with a UTC offset are dated in (`--timezone`); `nil`: such values
    /// stop the run. Set for every file from ``MappingSet/timeZone``; not part of the YAML.
    public var timeZone: TimeZone?
    /// For two-digit years: `yy` means `19yy` when `yy` > pivot, else `20yy`; `nil` (the default)
    /// rejects two-digit years. 0–99.
    public var twoDigitYearPivot: Int?
    /// Canonical column → (file's code, case-folded → canonical code).
    public var codes: [String: [String: String]]
    /// What happens to a code that a closed coded column does not allow. Default ``UnknownCodePolicy/reject``.
    public var unknownCodes: UnknownCodePolicy
    /// Ties files only: what rows for the same unordered pair mean (`duplicates: sum|max|reject`);
    /// `nil` leaves it to `--tie-duplicates` (default ``TieDuplicates/sum``).
    public var duplicates: TieDuplicates? = nil
    /// The file's character encoding; `nil` (the key absent) takes ``MappingSet/encoding``, then UTF-8.
    public var encoding: TextEncoding?

    /// What happens to a code not allowed in a closed coded column (``InputKind/allowedCodes(_:)``).
    public enum UnknownCodePolicy: String, Sendable, Codable {
        /// The row is rejected.
        case reject
        /// The code becomes `other` where the column has one; else the row is rejected.
        case other
    }

    /// Code tables are stored folded (see ``FieldRules/code(_:)``) on both sides, so `Homicidio`
    /// in a mapping matches `HOMICIDIO` in a file; when two entries fold to one, the first wins.
    public init(columns: [String: String] = [:], dateFormats: [DateFormat] = [], twoDigitYearPivot: Int? = nil,
                codes: [String: [String: String]] = [:], unknownCodes: UnknownCodePolicy = .reject,
                encoding: TextEncoding? = nil) {
        self.columns = columns
        self.dateFormats = dateFormats
        self.twoDigitYearPivot = twoDigitYearPivot
        self.codes = codes.mapValues { table in
            Dictionary(table.map { (FieldRules.code($0).value, FieldRules.code($1).value) }, uniquingKeysWith: { a, _ in a })
        }
        self.unknownCodes = unknownCodes
        self.encoding = encoding
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case columns, dateFormats = "date_formats", twoDigitYearPivot = "two_digit_year_pivot", codes
        case unknownCodes = "unknown_codes", duplicates, encoding
    }

    /// - Throws: `DecodingError` for a key this block does not know (a typo such as `colums` would
    ///   otherwise be ignored silently), an empty `date_formats` list, or two codes that fold to
    ///   one with different meanings.
    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
        let known = CodingKeys.allCases.map(\.rawValue)
        if let unknown = keys.sorted().first(where: { !known.contains($0) }) {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "unknown key '\(unknown)'; a mapping block has " + known.joined(separator: ", ")))
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        columns = try c.decodeIfPresent([String: String].self, forKey: .columns) ?? [:]
        dateFormats = try c.decodeIfPresent([DateFormat].self, forKey: .dateFormats) ?? []
        if c.contains(.dateFormats), dateFormats.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .dateFormats, in: c, debugDescription: "date_formats is empty")
        }
        twoDigitYearPivot = try c.decodeIfPresent(Int.self, forKey: .twoDigitYearPivot)
        var folded: [String: [String: String]] = [:]
        for (column, table) in try c.decodeIfPresent([String: [String: String]].self, forKey: .codes) ?? [:] {
            var out: [String: String] = [:]
            for (theirs, ours) in table {
                let key = FieldRules.code(theirs).value, value = FieldRules.code(ours).value
                if let earlier = out[key], earlier != value {
                    throw DecodingError.dataCorruptedError(forKey: .codes, in: c, debugDescription:
                        "codes.\(column): '\(key)' is mapped both to '\(earlier)' and to '\(value)'")
                }
                out[key] = value
            }
            folded[column] = out
        }
        codes = folded
        unknownCodes = try c.decodeIfPresent(UnknownCodePolicy.self, forKey: .unknownCodes) ?? .reject
        duplicates = try c.decodeIfPresent(TieDuplicates.self, forKey: .duplicates)
        encoding = try c.decodeIfPresent(TextEncoding.self, forKey: .encoding)
    }

    /// The header name to look for, for a canonical column (the column itself when not mapped).
    /// - Complexity: O(1) expected.
    public func header(for canonical: String) -> String { columns[canonical] ?? canonical }

    /// The formats a date column may be in: its own declaration, else ``dateFormats``, else
    /// every inferable format.
    func dateCandidates(for column: String) -> [DateFormat] {
        if let declared = columnDateFormats[column] { return [declared] }
        return dateFormats.isEmpty ? DateColumnReading.inferable : dateFormats
    }
}

private struct AnyKey: CodingKey {
    let stringValue: String
    init(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

/// Mappings for every input kind, from a YAML file and/or inline `--map` pairs.
public struct MappingSet: Sendable, Equatable {
    /// The mapping of each input kind given one; the others use the identity mapping.
    public var inputs: [InputKind: InputMapping]
    /// The encoding of every file whose mapping names none (`--encoding`); `nil` means UTF-8.
    /// A mapping block's own `encoding:` wins over it.
    public var encoding: TextEncoding?
    /// The IANA zone (`--timezone`, e.g. `America/Mexico_City`) that dates with a UTC offset
    /// are converted to, in every file; `nil`: a file with such dates stops the run.
    public var timeZone: TimeZone?

    /// A set of the given mappings (none: every file uses the canonical column names and
    /// inferred date formats).
    public init(_ inputs: [InputKind: InputMapping] = [:], timeZone: TimeZone? = nil) {
        self.inputs = inputs
        self.timeZone = timeZone
    }

    /// The mapping for `kind`: the one given, or ``InputMapping/init(columns:dateFormats:twoDigitYearPivot:codes:unknownCodes:encoding:)``'s
    /// defaults (canonical names, inferred dates); its encoding, when it names none, is ``encoding``;
    /// its ``InputMapping/timeZone`` is the set's.
    public subscript(kind: InputKind) -> InputMapping {
        get {
            var mapping = inputs[kind] ?? InputMapping()
            mapping.encoding = mapping.encoding ?? encoding
            mapping.timeZone = timeZone
            return mapping
        }
        set { inputs[kind] = newValue }
    }

    /// Reads a mapping file (YAML, one block per input kind, as in ``InputMapping``).
    /// - Throws: ``RecordError/invalidMapping(_:_:)`` for unreadable YAML, an unknown input kind,
    ///   an unknown canonical column or an unknown date format.
    public static func load(_ url: URL) throws -> MappingSet {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw RecordError.invalidMapping(url.path, "cannot read the file: \(error.localizedDescription)")
        }
        if text.allSatisfy({ $0.isWhitespace }) { throw RecordError.invalidMapping(url.path, "the file is empty") }
        let raw: [String: InputMapping]
        do { raw = try YAMLDecoder().decode([String: InputMapping].self, from: text) } catch {
            throw RecordError.invalidMapping(url.path, describe(error))
        }
        var set = MappingSet()
        for (name, mapping) in raw {
            guard let kind = InputKind(rawValue: name) else {
                throw RecordError.invalidMapping(url.path, "unknown input '\(name)'; expected one of "
                    + InputKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            try validate(mapping, kind: kind, source: url.path)
            set[kind] = mapping
        }
        return set
    }

    /// Applies inline pairs `canonical=theirs`, optionally qualified `kind.canonical=theirs`
    /// (unqualified pairs apply to arrests), comma-separated. A date column may declare its
    /// format after a colon: `arrest_date=fecha:dmy`.
    /// - Throws: ``RecordError/invalidMapping(_:_:)`` for a malformed pair, an unknown column, an
    ///   unknown date format, or a format given for a column that holds no dates.
    public mutating func apply(inline text: String) throws {
        for pair in text.split(separator: ",") {
            let sides = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
                throw RecordError.invalidMapping("--map", "'\(pair)' is not of the form column=their_column")
            }
            let target = sides[0].split(separator: ".", maxSplits: 1).map(String.init)
            let kind: InputKind
            let column: String
            if target.count == 2 {
                guard let k = InputKind(rawValue: target[0]) else {
                    throw RecordError.invalidMapping("--map", "unknown input '\(target[0])' in '\(pair)'")
                }
                kind = k
                column = target[1]
            } else {
                kind = .arrests
                column = target[0]
            }
            var header = sides[1]
            if let colon = header.lastIndex(of: ":") {
                let name = String(header[header.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                guard let format = DateFormat(rawValue: name) else {
                    throw RecordError.invalidMapping("--map", "unknown date format '\(name)' in '\(pair)'; the formats are "
                        + DateFormat.allCases.map(\.rawValue).joined(separator: ", "))
                }
                guard kind.dateColumns.contains(column) else {
                    throw RecordError.invalidMapping("--map", "'\(column)' holds no dates, so '\(pair)' cannot give it a format; "
                        + "the date columns of \(kind.rawValue) are " + kind.dateColumns.joined(separator: ", "))
                }
                self[kind].columnDateFormats[column] = format
                header = String(header[..<colon]).trimmingCharacters(in: .whitespaces)
            }
            if !header.isEmpty { self[kind].columns[column] = header }
            try MappingSet.validate(self[kind], kind: kind, source: "--map")
        }
    }

    /// Applies `--date-format`: one format for every file (`dmy`), or per input kind
    /// (`arrests=dmy,persons=iso`). It replaces the files' `date_formats`; a column's own
    /// format from `--map` still wins.
    /// - Throws: ``RecordError/invalidMapping(_:_:)`` for an unknown format or input kind.
    public mutating func apply(dateFormats text: String) throws {
        func format(_ name: Substring) throws -> DateFormat {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let format = DateFormat(rawValue: name) else {
                throw RecordError.invalidMapping("--date-format", "unknown date format '\(name)'; the formats are "
                    + DateFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return format
        }
        guard text.contains("=") else {
            let all = try format(text[...])
            for kind in InputKind.allCases where !kind.dateColumns.isEmpty { self[kind].dateFormats = [all] }
            return
        }
        for pair in text.split(separator: ",") {
            let sides = pair.split(separator: "=", maxSplits: 1)
            guard sides.count == 2, let kind = InputKind(rawValue: sides[0].trimmingCharacters(in: .whitespaces)),
                  !kind.dateColumns.isEmpty else {
                throw RecordError.invalidMapping("--date-format", "'\(pair)' is not of the form input=format for an input with dates, e.g. arrests=dmy; "
                    + "the inputs with dates are " + InputKind.allCases.filter { !$0.dateColumns.isEmpty }.map(\.rawValue)
                        .joined(separator: ", "))
            }
            self[kind].dateFormats = [try format(sides[1])]
        }
    }

    private static func validate(_ mapping: InputMapping, kind: InputKind, source: String) throws {
        let known = Set(kind.requiredColumns + kind.optionalColumns)
        for column in mapping.columns.keys.sorted() where !known.contains(column) {
            throw RecordError.invalidMapping(source, "'\(column)' is not a column of \(kind.rawValue); its columns are "
                + (kind.requiredColumns + kind.optionalColumns).joined(separator: ", "))
        }
        for column in mapping.codes.keys.sorted() {
            guard kind.codedColumns.contains(column) else {
                throw RecordError.invalidMapping(source, "codes given for '\(column)', which is not a coded column of "
                    + "\(kind.rawValue); its coded columns are " + kind.codedColumns.joined(separator: ", "))
            }
            guard let allowed = kind.allowedCodes(column) else { continue }
            for (theirs, ours) in mapping.codes[column, default: [:]].sorted(by: { $0.key < $1.key })
            where !allowed.contains(ours) {
                throw RecordError.invalidMapping(source, "\(kind.rawValue).codes.\(column) maps '\(theirs)' to '\(ours)', "
                    + "which is not one of " + allowed.sorted().joined(separator: ", "))
            }
        }
        if mapping.duplicates != nil, kind != .ties {
            throw RecordError.invalidMapping(source, "\(kind.rawValue).duplicates: only a ties block has a duplicates rule")
        }
        if let pivot = mapping.twoDigitYearPivot, !(0...99).contains(pivot) {
            throw RecordError.invalidMapping(source, "\(kind.rawValue).two_digit_year_pivot must be 0–99, not \(pivot)")
        }
    }

    /// A decoding error as one line an analyst can act on.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let context):
            return (path(context).isEmpty ? "" : path(context) + ": ") + context.debugDescription
                + ((context.underlyingError).map { " (\($0))" } ?? "")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return path(context) + ": " + context.debugDescription
        case .keyNotFound(let key, let context):
            return path(context) + ": missing key '\(key.stringValue)'"
        @unknown default:
            return "\(error)"
        }
    }
}
