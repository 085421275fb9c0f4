/// The translation tables: one Swift file per language (`Messages+en.swift`, `Messages+es.swift`),
/// each a dictionary from ``MessageKey`` to a template. A test checks that every key has a
/// template in every language and that the templates of one key use the same placeholders.
enum MessageTable {
    /// The table of `language`.
    static func table(_ language: Language) -> [MessageKey: String] {
        switch language {
        case .en: english
        case .es: spanish
        }
    }

    /// The template of `key` in `language`.
    /// - Precondition: the table holds the key (tested for every key and language).
    static func template(_ key: MessageKey, in language: Language) -> String {
        guard let template = table(language)[key] else { preconditionFailure("no \(language) template for \(key)") }
        return template
    }
}
