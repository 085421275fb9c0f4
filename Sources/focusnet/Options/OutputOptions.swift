import ArgumentParser
import FocusNet
import Foundation

/// How identifiers appear in output files.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Replace every person id in every output with a keyed HMAC-SHA-256 pseudonym, stable for the same key (a file of ≥ 32 secret bytes, e.g. head -c 32 /dev/urandom > list.key). The key is never written anywhere.",
        valueName: "keyfile"))
    var pseudonymize: String?

    func pseudonymizer() throws -> Pseudonymizer? {
        try pseudonymize.map { try Pseudonymizer(keyFile: URL(fileURLWithPath: $0)) }
    }
}
