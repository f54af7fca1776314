//! The sample agencies' names, and the interview sample's people and remarks, in the
//! language the user loads them in: an Arabic or French newcomer should not meet a list of
//! English ministries. Only the words change; the levels and the dates do not.

use crate::text::Lang;

/// Fictional places (Arabic words), as each language writes them.
const PLACES_LATIN: [&str; 20] = [
    "Nakhla", "Wadi Zahr", "Bahr Azraq", "Jabal Ward", "Qamar", "Sahil", "Rimal", "Zaytouna", "Nour", "Waha",
    "Tilal", "Marjan", "Yasmin", "Khalij", "Sanabel", "Ghadir", "Rawda", "Sidra", "Falak", "Amwaj",
];
const PLACES_AR: [&str; 20] = [
    "نخلة", "وادي الزهر", "البحر الأزرق", "جبل الورد", "قمر", "الساحل", "الرمال", "الزيتونة", "النور", "الواحة",
    "التلال", "المرجان", "الياسمين", "الخليج", "السنابل", "الغدير", "الروضة", "السدرة", "الفلك", "الأمواج",
];

/// One text in English, French and Arabic, in that order (`Lang as usize`).
type Tr = [&'static str; 3];

fn pick(text: &Tr, lang: Lang) -> &'static str {
    text[lang as usize]
}

/// The kinds of agency: the sector code each belongs to, and its name.
const KINDS: [(&str, Tr); 10] = [
    ("health", ["Health Services Authority", "Direction régionale de la santé", "هيئة الخدمات الصحية"]),
    ("education", ["Education Directorate", "Direction régionale de l'éducation", "مديرية التربية والتعليم"]),
    ("finance", ["Revenue Office", "Recette des finances", "مكتب الإيرادات"]),
    ("interior", ["Civil Registry", "Service de l'état civil", "دائرة الأحوال المدنية"]),
    ("justice", ["Courts Administration", "Administration des tribunaux", "إدارة المحاكم"]),
    ("municipal", ["Municipality", "Municipalité", "بلدية"]),
    ("social", ["Social Protection Fund", "Caisse de protection sociale", "صندوق الحماية الاجتماعية"]),
    ("economy", ["Investment Agency", "Agence de promotion de l'investissement", "هيئة تشجيع الاستثمار"]),
    ("digital", ["Digital Government Agency", "Agence de l'administration numérique", "هيئة الحكومة الرقمية"]),
    ("other", ["Water and Energy Regulator", "Autorité de régulation de l'eau et de l'énergie", "هيئة تنظيم المياه والطاقة"]),
];

pub fn kind_count() -> usize {
    KINDS.len()
}

pub fn place_count() -> usize {
    PLACES_LATIN.len()
}

/// The sector code of a kind of agency (the same in every language).
pub fn sector(kind: usize) -> &'static str {
    KINDS[kind].0
}

/// A sample agency's name: its kind and place, a number for later rounds of the
/// generator, and the word that marks it fictional.
pub fn agency_name(lang: Lang, kind: usize, place: usize, round: usize) -> String {
    let number = if round == 0 { String::new() } else { format!(" {round}") };
    match lang {
        Lang::En => format!("{} {}{number} (sample)", PLACES_LATIN[place], pick(&KINDS[kind].1, lang)),
        Lang::Fr => {
            let place = PLACES_LATIN[place];
            let of = if place.starts_with(['A', 'E', 'I', 'O', 'U']) { "d'" } else { "de " };
            format!("{} {of}{place}{number} (exemple)", pick(&KINDS[kind].1, lang))
        }
        // "Municipality" takes the place as a construct state («بلدية نخلة»). The other kinds
        // are already definite, so the place follows «في محافظة»: a bare «في» would read
        // the many place names that are common nouns literally («في الفلك»: in orbit).
        Lang::Ar if sector(kind) == "municipal" => format!("بلدية {}{number} (نموذج)", PLACES_AR[place]),
        Lang::Ar => format!("{} في محافظة {}{number} (نموذج)", pick(&KINDS[kind].1, lang), PLACES_AR[place]),
    }
}

/// The tags every sample agency carries, and the one a third of them add: labels a user
/// filters peers by, so in the language of the names.
pub fn tags(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("sample", "pilot"),
        Lang::Fr => ("exemple", "pilote"),
        // «تجريبي» would read as "sample" again (the UI calls them «جهات تجريبية»).
        Lang::Ar => ("نموذج", "رائد"),
    }
}

const AGENCY: Tr = ["Nakhla Civil Registry", "Service de l'état civil de Nakhla", "دائرة الأحوال المدنية في محافظة نخلة"];
const TITLE: Tr = [
    "Nakhla Civil Registry — interviews 2026",
    "Service de l'état civil de Nakhla — entretiens 2026",
    "دائرة الأحوال المدنية في محافظة نخلة — مقابلات 2026",
];
/// Name, job title and unit of each official (Rana and Lina are women, Omar and Karim men).
const PEOPLE: [[Tr; 3]; 4] = [
    [
        ["Rana Haddad", "Rana Haddad", "رنا حداد"],
        ["Secretary General", "Secrétaire générale", "الأمينة العامة"],
        ["General Secretariat", "Secrétariat général", "الأمانة العامة"],
    ],
    [
        ["Omar Khalil", "Omar Khalil", "عمر خليل"],
        ["Head of IT", "Directeur des systèmes d'information", "مدير تكنولوجيا المعلومات"],
        ["Information Technology", "Systèmes d'information", "تكنولوجيا المعلومات"],
    ],
    [
        ["Lina Mansour", "Lina Mansour", "لينا منصور"],
        ["Service Desk Manager", "Responsable de l'accueil des usagers", "مديرة مكتب خدمة الجمهور"],
        ["Citizen Services", "Services aux usagers", "خدمات المواطنين"],
    ],
    [
        ["Karim Azzam", "Karim Azzam", "كريم عزام"],
        ["Head of Planning", "Chef du service de la planification", "رئيس قسم التخطيط"],
        ["Strategy and Planning", "Stratégie et planification", "الاستراتيجية والتخطيط"],
    ],
];
/// The service desk manager's remark on the questions the officials disagree on.
const NOTE: Tr = [
    "Front-line staff were not told about this.",
    "Les agents d'accueil n'en ont pas été informés.",
    "لم يُبلَّغ الموظفون المتعاملون مباشرةً مع الجمهور بذلك.",
];
/// Why the first two disagreements were settled as they were.
const RATIONALES: [Tr; 2] = [
    [
        "Agreed in the closing workshop: the practice exists at headquarters only.",
        "Retenu par consensus lors de l'atelier de restitution\u{a0}: la pratique n'existe qu'au siège.",
        "اتُّفق في ورشة العمل الختامية على أن هذه الممارسة قائمة في المقر الرئيسي فقط.",
    ],
    ["The plan is approved but not funded yet.", "Le plan est approuvé, mais pas encore financé.", "الخطة معتمدة، لكنها لم تُموَّل بعد."],
];

/// One official heard in the interview sample.
pub struct Person {
    pub name: &'static str,
    pub role: &'static str,
    pub unit: &'static str,
}

/// What the interview sample says, in one language.
pub struct Interview {
    pub agency: &'static str,
    pub title: &'static str,
    pub people: [Person; 4],
    pub note: &'static str,
    pub rationales: [&'static str; 2],
}

pub fn interview(lang: Lang) -> Interview {
    Interview {
        agency: pick(&AGENCY, lang),
        title: pick(&TITLE, lang),
        people: PEOPLE.map(|[name, role, unit]| Person { name: pick(&name, lang), role: pick(&role, lang), unit: pick(&unit, lang) }),
        note: pick(&NOTE, lang),
        rationales: RATIONALES.map(|r| pick(&r, lang)),
    }
}
