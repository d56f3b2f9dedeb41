import EmendKit
import Testing

@Suite struct TOMLParserTests {
    @Test func parsesTheSubset() throws {
        var p = TOMLParser(file: "t.toml", text: """
        # comment
        [[country]]
        id = "Q399"  # trailing comment
        name = { en = "Armenia", zh = "亚美尼亚", list = ["a", 'b'] }
        short = [
          "亚",
        ]
        n = -12
        flag = true
        esc = "a\\"b\\u00e9"
        """)
        let sections = try p.parse()
        #expect(sections.count == 1 && sections[0].header == "country")
        let t = sections[0].table
        #expect(t["id"]?.string == "Q399")
        #expect(t["id"]?.location.description == "t.toml:3:6")
        #expect(t["name"]?.table?["zh"]?.string == "亚美尼亚")
        #expect(t["short"]?.array?.first?.string == "亚")
        #expect(t["esc"]?.string == "a\"bé")
    }

    @Test(arguments: [
        ("[country]\n", "t.toml:1:1: error: only array-of-tables headers like '[[country]]' are allowed"),
        ("id = \"x\"\n", "t.toml:1:1: error: the key 'id' is outside any entry; start an entry with a header such as '[[country]]'"),
        ("[[c]]\nid = x\n", "t.toml:2:6: error: unexpected 'x'; strings must be quoted"),
        ("[[c]]\nid = \"x\n", "t.toml:2:6: error: unterminated string"),
        ("[[c]]\na.b = 1\n", "t.toml:2:2: error: dotted keys are not allowed; write 'a = { ... }'"),
        ("[[c]]\nid = 1\nid = 2\n", "t.toml:3:1: error: the key 'id' is defined twice in this entry"),
        ("[[c]]\nname = { en = \"a\",\n zh = \"b\" }\n", "t.toml:2:19: error: inline tables must stay on one line; expected '}'"),
        ("[[c]]\nx = 1.5\n", "t.toml:2:5: error: floats and dates are not allowed"),
    ])
    func syntaxErrorsNameTheirPlace(_ text: String, _ message: String) {
        var p = TOMLParser(file: "t.toml", text: text)
        #expect {
            _ = try p.parse()
        } throws: { error in
            (error as? DictionaryError)?.description == message
        }
    }
}
