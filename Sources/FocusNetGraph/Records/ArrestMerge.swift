extension ArrestTable {
    /// Joins the pieces of one arrests file, in file order, into the rows a single pass keeps:
    /// persons and areas join the context's indices (new ones in order of first use, as one pass
    /// interns them: ``PieceNames/join(_:into:)``), arrest ids are numbered in order of first
    /// use, charges join one interner; a row of a piece whose arrest appeared in an earlier piece
    /// is checked against that arrest's earlier rows (a duplicate is dropped and reported in
    /// `demoted`, by its row in its piece) and its date against the arrest's first date.
    /// Only rows of arrests that span pieces are checked, one by one in file order; the later
    /// pieces' other rows are renumbered and copied on all cores (copied one by one, that was
    /// ≈ 0.47 s of serial wall on the 10M-row file, docs/performance.md).
    /// - Returns: the table (charges finished; arrests not yet renumbered), the arrest ids in
    ///   order of first use, the count of rows whose arrest has another date, and the demoted
    ///   rows of each piece.
    /// - Complexity: O(rows) on all cores, plus O(rows of spanning arrests) serial, plus for
    ///   each piece after the first one lookup per distinct identifier (on all cores; an
    ///   arrest id in each earlier piece) and one insertion per person or area new to the
    ///   context; the first piece's interners are taken over.
    static func merge(_ pieces: [ArrestPiece], context: ReadContext)
        -> (table: ArrestTable, arrestIDs: [String], differentDates: Int, demoted: [[Int]])
    {
        var demoted = [[Int]](repeating: [], count: pieces.count)
        var personNames = pieces.map { piece in
            var names = PieceNames()
            swap(&names, &piece.persons)
            return names
        }
        var areaNames = pieces.map { piece in
            var names = PieceNames()
            swap(&names, &piece.areas)
            return names
        }
        // The arrest ids are numbered on another thread while persons and areas join the
        // context (each joins its own indices; both have serial steps that left a core idle).
        let (arrests, (personMaps, areaMaps)) = DeterministicParallel.alongside({ arrestNumbers(pieces) }) {
            (PieceNames.join(&personNames, into: &context.persons), PieceNames.join(&areaNames, into: &context.areas))
        }
        let first = pieces[0]
        var table = ArrestTable(), charges = CodeColumnBuilder()
        swap(&table, &first.table)
        swap(&charges, &first.charges)
        if let map = personMaps[0] { table.person.renumber(map) }
        if let map = areaMaps[0] { table.area.renumber(map) }
        var differentDates = pieces.reduce(0) { $0 + $1.differentDates }
        guard pieces.count > 1 else {
            table.charge = charges.finish()
            return (table, arrests.names, differentDates, demoted)
        }

        let (hasArea, hasCharge) = pieces.lazy.compactMap(\.columns).first ?? (false, false)
        var remaps: [PieceRemap] = []
        for k in pieces.indices.dropFirst() {
            remaps.append(PieceRemap(rows: pieces[k].table, arrests: arrests.maps[k], persons: personMaps[k], areas: areaMaps[k],
                                     codes: pieces[k].charges.codes, charges: pieces[k].charges.names.map { charges.intern($0) }, area: hasArea, charge: hasCharge))
            pieces[k].table = ArrestTable()
            pieces[k].charges = CodeColumnBuilder()
        }
        // Only rows of arrests that span pieces can repeat a row of an earlier piece or change
        // its arrest's first date: they are found on all cores and checked in file order here;
        // every other row is copied, renumbered, on all cores afterwards.
        func values(_ k: Int, _ r: Int) -> ArrestRow {
            k > 0 ? remaps[k - 1].values(r)
                : ArrestRow(person: table.person[r], arrest: table.arrest[r], day: table.day[r], category: table.category[r],
                            gun: table.gunInvolved[r], area: hasArea ? table.area[r] : -1, charge: hasCharge ? charges.code(at: r) : 0)
        }
        let spanningRows = pieces.indices.map { k in
            k == 0 ? ArrestTable.rows(of: table.arrest, where: arrests.spans)
                : ArrestTable.rows(of: remaps[k - 1].rows.arrest, through: remaps[k - 1].arrests, where: arrests.spans)
        }
        // Kept rows of arrests that span pieces, by (arrest, person) pair: piece << 32 | row in the piece.
        var spanning: [UInt64: [UInt64]] = [:]
        for k in pieces.indices {
            for r in spanningRows[k].lazy.map(Int.init) {
                let row = values(k, r)
                let a = Int(row.arrest), key = ArrestPiece.pair(row.arrest, row.person)
                if arrests.firstPiece[a] != k {
                    // An arrest of an earlier piece: the row's date was compared with this
                    // piece's first date of it; compare it with the file's first instead.
                    if row.day.daysSinceEpoch != pieces[k].arrestDay[Int(remaps[k - 1].rows.arrest[r])] { differentDates -= 1 }
                    if spanning[key]?.contains(where: { values(Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) == row }) ?? false {
                        demoted[k].append(r)
                        continue
                    }
                    if row.day.daysSinceEpoch != arrests.firstDay[a] { differentDates += 1 }
                }
                spanning[key, default: []].append(UInt64(k) << 32 | UInt64(r))
            }
        }
        table.append(remaps, skipping: Array(demoted.dropFirst()), charges: &charges)
        table.charge = charges.finish()
        return (table, arrests.names, differentDates, demoted)
    }

    /// The rows (increasing) whose arrest, `arrestOfRow[r]` read through `map` when given, has
    /// `spans` set; found on all cores.
    /// - Complexity: O(rows) time, in 16 blocks.
    static func rows(of arrestOfRow: [Int32], through map: [Int32]? = nil, where spans: [Bool]) -> [Int32] {
        let blocks = 16
        return DeterministicParallel.map(count: blocks) { block in
            DeterministicParallel.range(of: block, count: arrestOfRow.count, chunks: blocks).lazy.filter { r in
                let local = arrestOfRow[r]
                return spans[Int(map?[Int(local)] ?? local)]
            }.map { Int32($0) }
        }.flatMap { $0 }
    }

    /// Appends each later piece's rows, renumbered by its `remaps` entry, but for the rows
    /// (increasing) in its `skipping` entry; on all cores, 16 blocks of rows a piece, each
    /// writing its own range of the table. The area column is written only when the table has
    /// one (the remaps' `area`), the charges only when they have `charge`.
    /// - Complexity: O(rows appended) time; the columns grow once.
    mutating func append(_ remaps: [PieceRemap], skipping: [[Int]], charges: inout CodeColumnBuilder) {
        guard let shape = remaps.first else { return }
        var starts: [Int] = [], total = rowCount
        for (remap, skipped) in zip(remaps, skipping) {
            starts.append(total)
            total += remap.rows.rowCount - skipped.count
        }
        let added = total - rowCount
        reserveCapacity(total)
        person += repeatElement(0, count: added)
        arrest += repeatElement(0, count: added)
        day += repeatElement(CalendarDay(daysSinceEpoch: 0), count: added)
        category += repeatElement(nil, count: added)
        gunInvolved += repeatElement(nil, count: added)
        if shape.area {
            area.reserveCapacity(total)
            area += repeatElement(-1, count: added)
        }
        if shape.charge { charges.appendBlanks(added) }
        let blocks = 16
        person.withUnsafeMutableBufferPointer { person in
        arrest.withUnsafeMutableBufferPointer { arrest in
        day.withUnsafeMutableBufferPointer { day in
        category.withUnsafeMutableBufferPointer { category in
        gunInvolved.withUnsafeMutableBufferPointer { gun in
        area.withUnsafeMutableBufferPointer { area in
        charges.withUnsafeMutableCodes { charge in
            DeterministicParallel.forEach(chunks: remaps.count * blocks) { chunk in
                let (k, block) = chunk.quotientAndRemainder(dividingBy: blocks)
                let remap = remaps[k], skipped = skipping[k]
                let rows = DeterministicParallel.range(of: block, count: remap.rows.rowCount, chunks: blocks)
                // Skipped rows before the block: the first at or after its start.
                var next = 0, high = skipped.count
                while next < high {
                    let middle = (next + high) / 2
                    if skipped[middle] < rows.lowerBound { next = middle + 1 } else { high = middle }
                }
                var to = starts[k] + rows.lowerBound - next
                for r in rows {
                    if next < skipped.count, skipped[next] == r {
                        next += 1
                        continue
                    }
                    let row = remap.values(r)
                    person[to] = row.person
                    arrest[to] = row.arrest
                    day[to] = row.day
                    category[to] = row.category
                    gun[to] = row.gun
                    if remap.area { area[to] = row.area }
                    if remap.charge { charge[to] = row.charge }
                    to += 1
                }
            }
        }}}}}}}
    }

    /// The arrest ids of all pieces numbered in order of first use (the first piece's numbers
    /// stay), with each arrest's first piece and first date, whether rows of it are in more than
    /// one piece, and each later piece's map local → file-wide number. A later piece's ids are
    /// looked up in the earlier pieces' interners on all cores; no interner of the whole file
    /// is built (the ids are only sorted afterwards, ``Interner/order(_:)``).
    private static func arrestNumbers(_ pieces: [ArrestPiece])
        -> (names: [String], maps: [[Int32]], firstPiece: [Int32], firstDay: [Int32], spans: [Bool])
    {
        var names = pieces[0].arrests.names
        var firstPiece = [Int32](repeating: 0, count: names.count)
        var firstDay = pieces[0].arrestDay
        var spans = [Bool](repeating: false, count: names.count)
        var maps: [[Int32]] = [[]]
        for k in pieces.indices.dropFirst() {
            let local = pieces[k].arrests.names
            var map = [Int32](repeating: -1, count: local.count)
            map.withUnsafeMutableBufferPointer { map in
                DeterministicParallel.forEachIndex(map.count, minimumBlock: 4096) { i in
                    for j in 0..<k {
                        guard let found = pieces[k].arrests.withName(i, { pieces[j].arrests.index(of: $0) }) else { continue }
                        map[i] = j == 0 ? found : maps[j][Int(found)]
                        break
                    }
                }
            }
            for i in map.indices {
                if map[i] >= 0 {
                    spans[Int(map[i])] = true
                } else {
                    map[i] = Int32(names.count)
                    names.append(local[i])
                    firstPiece.append(Int32(k))
                    firstDay.append(pieces[k].arrestDay[i])
                    spans.append(false)
                }
            }
            maps.append(map)
        }
        return (names, maps, firstPiece, firstDay, spans)
    }
}

/// How a later piece's rows become the file's: its arrests, persons and areas by their
/// file-wide numbers (`nil` map: the same), its charges by the merged builder's codes.
struct PieceRemap {
    /// The piece's kept rows, local numbers.
    let rows: ArrestTable
    /// Local arrest → file-wide arrest.
    let arrests: [Int32]
    /// Local person → shared person (`nil`: the same).
    let persons: [Int32]?
    /// Local area → shared area (`nil`: the same).
    let areas: [Int32]?
    /// The piece's charge code of each row (0: blank; empty without a `charge` column).
    let codes: [UInt32]
    /// Local charge code − 1 → the merged builder's code.
    let charges: [UInt32]
    /// Whether the file has the area and charge columns.
    let area: Bool, charge: Bool

    /// Row `r`'s values in the file's numbers (area -1 and charge 0 when the file lacks them).
    @inline(__always)
    func values(_ r: Int) -> ArrestRow {
        let localArea = area ? rows.area[r] : -1
        let localCharge = charge ? codes[r] : 0
        return ArrestRow(person: persons.map { $0[Int(rows.person[r])] } ?? rows.person[r], arrest: arrests[Int(rows.arrest[r])],
                         day: rows.day[r], category: rows.category[r], gun: rows.gunInvolved[r],
                         area: localArea < 0 ? -1 : areas.map { $0[Int(localArea)] } ?? localArea,
                         charge: localCharge == 0 ? 0 : charges[Int(localCharge) - 1])
    }
}
