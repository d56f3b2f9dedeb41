@testable import EmendKit
import Testing

@Suite struct PolivanovTests {
    /// Names as English news writes them → their Russian Wikipedia form.
    static let names: [(String, String)] = [
        ("Shinzo Abe", "Синдзо Абэ"),
        ("Fumio Kishida", "Фумио Кисида"),
        ("Yoshimasa Hayashi", "Ёсимаса Хаяси"),
        ("Shigeru Ishiba", "Сигэру Исиба"),
        ("Yoshihide Suga", "Ёсихидэ Суга"),
        ("Junichiro Koizumi", "Дзюнъитиро Коидзуми"),
        ("Shinjiro Koizumi", "Синдзиро Коидзуми"),
        ("Taro Kono", "Таро Коно"),
        ("Taro Aso", "Таро Асо"),
        ("Yukio Hatoyama", "Юкио Хатояма"),
        ("Naoto Kan", "Наото Кан"),
        ("Yoshihiko Noda", "Ёсихико Нода"),
        ("Yasuhiro Nakasone", "Ясухиро Накасонэ"),
        ("Kakuei Tanaka", "Какуэй Танака"),
        ("Eisaku Sato", "Эйсаку Сато"),
        ("Keizo Obuchi", "Кэйдзо Обути"),
        ("Kiichi Miyazawa", "Киити Миядзава"),
        ("Tomiichi Murayama", "Томиити Мураяма"),
        ("Ryutaro Hashimoto", "Рютаро Хасимото"),
        ("Ichiro Ozawa", "Итиро Одзава"),
        ("Yuriko Koike", "Юрико Коикэ"),
        ("Toshimitsu Motegi", "Тосимицу Мотэги"),
        ("Haruki Murakami", "Харуки Мураками"),
        ("Yukio Mishima", "Юкио Мисима"),
        ("Yasunari Kawabata", "Ясунари Кавабата"),
        ("Kenzaburo Oe", "Кэндзабуро Оэ"),
        ("Natsume Soseki", "Нацумэ Сосэки"),
        ("Matsuo Basho", "Мацуо Басё"),
        ("Kobo Abe", "Кобо Абэ"),
        ("Banana Yoshimoto", "Банана Ёсимото"),
        ("Akira Kurosawa", "Акира Куросава"),
        ("Hayao Miyazaki", "Хаяо Миядзаки"),
        ("Takeshi Kitano", "Такэси Китано"),
        ("Ryuichi Sakamoto", "Рюити Сакамото"),
        ("Seiji Ozawa", "Сэйдзи Одзава"),
        ("Shinya Yamanaka", "Синъя Яманака"),
        ("Shinichi Mochizuki", "Синъити Мотидзуки"),
        ("Kenichi Fukui", "Кэнъити Фукуи"),
        ("Daisuke Matsuzaka", "Дайсукэ Мацудзака"),
        ("Keisuke Honda", "Кэйсукэ Хонда"),
        ("Naomi Osaka", "Наоми Осака"),
        ("Hokkaido", "Хоккайдо"),
        ("Kyushu", "Кюсю"),
        ("Shikoku", "Сикоку"),
        ("Hiroshima", "Хиросима"),
        ("Fukushima", "Фукусима"),
        ("Kanazawa", "Канадзава"),
        ("Nagoya", "Нагоя"),
        ("Sapporo", "Саппоро"),
        ("Beppu", "Бэппу"),
        ("Tottori", "Тоттори"),
        ("Gunma", "Гумма"),
        ("Aichi", "Айти"),
        ("Saitama", "Сайтама"),
        ("Hyogo", "Хёго"),
        ("Kagoshima", "Кагосима"),
        ("Okinawa", "Окинава"),
        ("Kesennuma", "Кэсэннума"),
        ("Sakai", "Сакаи"),
        ("Fukui", "Фукуи"),
        ("Oita", "Оита"),
        ("Ebina", "Эбина"),
        ("Kobe", "Кобэ"),
        ("Chiba", "Тиба"),
    ]

    @Test(arguments: names)
    func name(hepburn: String, russian: String) {
        #expect(Polivanov.name(hepburn) == russian)
    }

    /// Spellings beyond plain English-news Hepburn, and the rules of the brief's examples.
    static let spellings: [(String, String)] = [
        ("Shin'ichi", "Синъити"),
        ("Shin’ichi", "Синъити"),
        ("Shin-ichi", "Синъити"),
        ("Ryu-ichi", "Рюити"),
        ("Shimbashi", "Симбаси"),
        ("Shinbashi", "Симбаси"),
        ("Gumma", "Гумма"),
        ("Junya", "Дзюнъя"),
        ("Isshin", "Иссин"),
        ("Matcha", "Маття"),
        ("Hattori", "Хаттори"),
        ("Keiko", "Кэйко"),
        ("Sanae", "Санаэ"),
        ("Kawai", "Каваи"),
        ("Arai", "Араи"),
        ("Ōsaka", "Осака"),
        ("Kyūshū", "Кюсю"),
        ("Shinzō Abe", "Синдзо Абэ"),
        ("Mitsuo", "Мицуо"),
        ("Kanna", "Канна"),
    ]

    @Test(arguments: spellings)
    func spelling(hepburn: String, russian: String) {
        #expect(Polivanov.name(hepburn) == russian)
    }

    @Test(arguments: ["Smith", "Xi Jinping", "Lee", "Shinzo Smith", "Kim", "", " ", "Shinzo  Abe", " Shinzo Abe",
                      "Shinzo Abe ", "Abe1", "Abe.", "Shinzo\tAbe", "Ka'i", "'Abe", "Abe-", "Shin--ichi", "Абэ"])
    func notJapanese(input: String) {
        #expect(Polivanov.name(input) == nil)
    }

    @Test func capitalizesEachWord() {
        #expect(Polivanov.name("SHINZO ABE") == "Синдзо Абэ")
        #expect(Polivanov.name("yoshimasa hayashi") == "Ёсимаса Хаяси")
        for word in Polivanov.name("yoko kamikawa ebina")!.split(separator: " ") {
            #expect(word.first!.isUppercase)
            #expect(word.dropFirst().allSatisfy { $0.isLowercase })
        }
    }
}
