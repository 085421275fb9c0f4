import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetSimulation

/// `simulate --dirty` on the tiny region: the manifest's counts are what validation reports,
/// the records read back are the clean region's, and a seed gives the same bytes every time.
@Suite struct DirtyRegionWriterTests {
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-dirty-\(UUID().uuidString)")
    }

    /// What `focusnet validate --data DIR` computes (``RecordSet/read(_:mapping:dataEnd:)`` with
    /// the default mapping, then ``ValidationReport``), with the data's end from the manifest.
    static func validate(_ directory: URL, dataEnd: String) throws -> (RecordSet, ValidationReport) {
        let records = try RecordSet.read(InputSources(directory: directory), dataEnd: DateFormat.iso.parse(dataEnd[...]))
        return (records, ValidationReport(records: records, maxRejectRate: 0.01))
    }

    @Test("validation reports exactly the manifest's counts, file by file and reason by reason", arguments: [7, 42] as [UInt64])
    func manifestMatchesValidation(seed: UInt64) throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, manifest) = try RegionSimulator.writeDirty(SimulationConfig(scale: .tiny, seed: seed), to: directory)
        let (records, report) = try Self.validate(directory, dataEnd: manifest.dataEnd)

        #expect(Set(manifest.files.keys) == Set(RegionSimulator.fileNames))
        #expect(report.files.count == RegionSimulator.fileNames.count)
        for file in report.files {
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            let expected = try #require(manifest.files[name]?.expected, "\(name) is not in the manifest")
            #expect(file.rowsRead == expected.rowsRead, "\(name): rows read")
            #expect(file.accepted == expected.accepted, "\(name): accepted")
            #expect(file.normalized == expected.normalized, "\(name): normalized")
            #expect(file.deduplicated == expected.deduplicated, "\(name): duplicates")
            #expect(file.rejected == expected.rejected, "\(name): rejected")
            #expect(file.rejectedByReason == expected.rejectedByReason, "\(name): rejections by reason")
            #expect(file.reconciles && file.blankLines == 0, "\(name)")
            #expect(expected.rowsRead == expected.accepted + expected.deduplicated + expected.rejected, "\(name)")
        }
        let rejected = manifest.files.values.reduce(0) { $0 + $1.expected.rejected }
        #expect(report.rejected == rejected && records.rejects.count == rejected)

        // Every defect the manifest counts was written: each kind somewhere, each file-level one as said.
        for defect in DefectKind.allCases {
            #expect(manifest.files.values.contains { $0.defects[defect.rawValue, default: 0] > 0 }, "\(defect) never written")
        }
        for (name, file) in manifest.files {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == (file.defects["byte_order_mark"] == 1), "\(name): BOM")
            let crlf = bytes.indices.dropFirst().filter { bytes[$0] == 10 && bytes[$0 - 1] == 13 }.count
            let lines = bytes.filter { $0 == 10 }.count
            #expect(crlf == (file.defects["crlf_line_ends"] == 1 ? lines : 0), "\(name): CRLF on every line or none")
            #expect(lines == file.expected.rowsRead + 1, "\(name): one line a row, no blank line")
        }
    }

    @Test("the dirty region reads back as exactly the clean region's records")
    func cleanRecordsUnchanged() throws {
        let config = SimulationConfig(scale: .tiny, seed: 7)
        let cleanDirectory = Self.temporaryDirectory(), dirtyDirectory = Self.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: cleanDirectory)
            try? FileManager.default.removeItem(at: dirtyDirectory)
        }
        let cleanSummary = try RegionSimulator.write(config, to: cleanDirectory)
        let (dirtySummary, manifest) = try RegionSimulator.writeDirty(config, to: dirtyDirectory)
        #expect(dirtySummary == cleanSummary)
        let (clean, cleanReport) = try Self.validate(cleanDirectory, dataEnd: manifest.dataEnd)
        let (dirty, _) = try Self.validate(dirtyDirectory, dataEnd: manifest.dataEnd)
        for name in RegionSimulator.fileNames {
            let a = try Data(contentsOf: cleanDirectory.appendingPathComponent(name))
            let b = try Data(contentsOf: dirtyDirectory.appendingPathComponent(name))
            #expect(a != b, "\(name) has no defect")
        }
        // The manifest's premise: the clean files lose nothing.
        #expect(cleanReport.rejected == 0 && cleanReport.files.allSatisfy { $0.deduplicated == 0 })
        for file in cleanReport.files {
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            #expect(file.accepted == manifest.files[name]?.cleanRows, "\(name)")
        }

        #expect(dirty.personIDs == clean.personIDs)
        #expect(dirty.areaIDs == clean.areaIDs && dirty.incidentIDs == clean.incidentIDs)
        let (da, ca) = (dirty.arrests, clean.arrests)
        #expect(da.arrestIDs == ca.arrestIDs && da.person == ca.person && da.arrest == ca.arrest && da.day == ca.day)
        #expect(da.category == ca.category && da.gunInvolved == ca.gunInvolved)
        let (dp, cp) = (dirty.persons, clean.persons)
        #expect(dp.person == cp.person && dp.birthDate == cp.birthDate && dp.sex == cp.sex && dp.race == cp.race)
        #expect(dp.area == cp.area && dp.custodyStatus == cp.custodyStatus && dp.supervision == cp.supervision)
        let (dm, cm) = (dirty.memberships, clean.memberships)
        #expect(dm.person == cm.person && dm.group == cm.group && dm.groupIDs == cm.groupIDs)
        #expect(dm.firstSeen == cm.firstSeen && dm.lastSeen == cm.lastSeen && dm.source == cm.source)
        let (dv, cv) = (dirty.victimizations, clean.victimizations)
        #expect(dv.incident == cv.incident && dv.person == cv.person && dv.day == cv.day && dv.type == cv.type)
        let (ds, cs) = (dirty.shootings, clean.shootings)
        #expect(ds.incident == cs.incident && ds.suspect == cs.suspect && ds.day == cs.day && ds.area == cs.area)
        let (dc, cc) = (dirty.custody, clean.custody)
        #expect(dc.person == cc.person && dc.start == cc.start && dc.end == cc.end && dc.type == cc.type)
        #expect(dirty.population.area == clean.population.area && dirty.population.population == clean.population.population)
    }

    @Test("one seed gives byte-identical dirty files and manifest; another seed other defects")
    func deterministic() throws {
        let directories = (0..<3).map { _ in Self.temporaryDirectory() }
        defer { for directory in directories { try? FileManager.default.removeItem(at: directory) } }
        let a = try RegionSimulator.writeDirty(SimulationConfig(scale: .tiny, seed: 7), to: directories[0]).manifest
        let b = try RegionSimulator.writeDirty(SimulationConfig(scale: .tiny, seed: 7), to: directories[1]).manifest
        let c = try RegionSimulator.writeDirty(SimulationConfig(scale: .tiny, seed: 8), to: directories[2]).manifest
        #expect(a == b && a != c)
        func bytes(_ k: Int, _ name: String) throws -> Data { try Data(contentsOf: directories[k].appendingPathComponent(name)) }
        for name in RegionSimulator.fileNames + [DirtyManifest.fileName] {
            #expect(try bytes(0, name) == bytes(1, name), "\(name) differs between two runs of one seed")
        }
        for name in ["persons.csv", "arrests.csv", "memberships.csv", "victimizations.csv", "custody.csv", DirtyManifest.fileName] {
            #expect(try bytes(0, name) != bytes(2, name), "\(name) is the same for two seeds")
        }
    }

    @Test func outputThatIsAFileIsAnError() throws {
        let file = Self.temporaryDirectory()
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: SimulationError.cannotCreateDirectory(path: file.path, reason: "a file of that name exists")) {
            _ = try RegionSimulator.writeDirty(SimulationConfig(scale: .tiny), to: file)
        }
    }
}
