extension ArrestTable {
    /// Joins the pieces of one arrests file, in file order, into the rows a single pass keeps:
    /// persons and areas join the context's indices (new ones in order of first use, as one pass
    /// interns them: ``PieceNames/join(_:into:)``), arrest ids are numbered in order of first
    /// use, charges join one interner; a row of a piece whose arrest appeared in an earlier piece
    /// is checked against that arrest's earlier rows (a duplicate is dropped and reported in
    /// `demoted`, by its row in its piece) and its date against the arrest's first date.
    /// - Returns: the table (charges finished; arrests not yet renumbered), the arrest ids in
    ///   order of first use, the count of rows whose arrest has another date, and the demoted
    ///   rows of each piece.
    /// - Complexity: O(rows) plus, for each piece after the first, one lookup per distinct
    ///   identifier (on all cores; an arrest id in each earlier piece) and one insertion per
    ///   person or area new to the context; the first piece's interners are taken over.
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
        // Kept rows of arrests that span pieces, by (arrest, person) pair.
        var spanning: [UInt64: [Int32]] = [:]
        let key = ArrestPiece.pair
        for r in table.person.indices where arrests.spans[Int(table.arrest[r])] {
            spanning[key(table.arrest[r], table.person[r]), default: []].append(Int32(r))
        }
        let total = pieces.reduce(0) { $0 + $1.table.rowCount } + table.rowCount
        table.reserveCapacity(total)
        if hasArea { table.area.reserveCapacity(total) }

        for k in 1..<pieces.count {
            let piece = pieces[k]
            let persons = personMaps[k], areas = areaMaps[k]
            let chargeMap = piece.charges.names.map { charges.intern($0) }
            let arrestMap = arrests.maps[k]
            let rows = piece.table
            piece.table = ArrestTable()
            for r in 0..<rows.rowCount {
                let localArrest = Int(rows.arrest[r])
                let a = arrestMap[localArrest]
                let p = persons.map { $0[Int(rows.person[r])] } ?? rows.person[r]
                let day = rows.day[r]
                let area = hasArea ? (rows.area[r] < 0 ? -1 : areas.map { $0[Int(rows.area[r])] } ?? rows.area[r]) : -1
                let localCharge = hasCharge ? piece.charges.code(at: r) : 0
                let values = ArrestRow(person: p, arrest: a, day: day, category: rows.category[r], gun: rows.gunInvolved[r],
                                       area: area, charge: localCharge == 0 ? 0 : chargeMap[Int(localCharge) - 1])
                if arrests.firstPiece[Int(a)] != k {
                    // An arrest of an earlier piece: the row's date was compared with this
                    // piece's first date of it; compare it with the file's first instead.
                    if day.daysSinceEpoch != piece.arrestDay[localArrest] { differentDates -= 1 }
                    let earlier = spanning[key(a, p)] ?? []
                    if earlier.contains(where: { values.repeats(Int($0), of: table, charges: charges, area: hasArea, charge: hasCharge) }) {
                        demoted[k].append(r)
                        continue
                    }
                    if day.daysSinceEpoch != arrests.firstDay[Int(a)] { differentDates += 1 }
                }
                if arrests.spans[Int(a)] { spanning[key(a, p), default: []].append(Int32(table.person.count)) }
                values.append(to: &table, charges: &charges, area: hasArea, charge: hasCharge)
            }
        }
        table.charge = charges.finish()
        return (table, arrests.names, differentDates, demoted)
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
