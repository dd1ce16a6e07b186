"""Regular expressions shared by the entry parser (identifiers, notes, status, pages)."""

from __future__ import annotations

import re

DOI = re.compile(
    # (a full-width bracket or comma ends it: "DOI: 10.11897/SP.J.1016.2023.01187.（EI）")
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi\s*[:=]?\s*|\bDOI\s*[:=]?\s*)?(10\.\d{4,9}/[^\s\"<>{}\]（），；。]+)",
    re.I,
)
ARXIV = re.compile(
    r"(?:(?:https?://)?arxiv\.org/(?:abs|pdf)/|\barxiv\s*(?:preprint)?\s*(?:arxiv)?\s*[:.]?\s*(?:abs/)?)"
    r"(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?(?:\.pdf)?(?:\s*\[([a-z\-]+(?:\.[A-Za-z\-]{2,8})?)\])?",
    re.I,
)
# NASA ADS bibcodes, 19 characters: year, journal, volume, section, page (dots pad them)
# and the first author's initial: "2024ApJ...964..112H", "2023A&A...672A.104Z",
# "2024arXiv240309817O"
ADS_BIBCODE = re.compile(
    r"(?<![\w.&])(?:1[89]|20)\d\d(?=[\w.&]{15}(?![\w.&]))"
    r"(?:[A-Za-z&][\w.&]{2}\.\.[\w.&]{9}|[A-Za-z&][\w&]*\.[\w.&]*|arXiv\d{9})[A-Z]"
)
ARXIV_PHRASE = re.compile(r"\b(?:arxiv|corr)\b(?:\s+preprint)?", re.I)
URL = re.compile(r"\bhttps?://[^\s<>\"]+|\bwww\.[^\s<>\"]+", re.I)
YEAR = re.compile(r"(?<![\d./-])(19[5-9]\d|20[0-4]\d)(?![\d])")
SHORT_YEAR = re.compile(r"['’‘`]\s?(\d{2})\b|(?<=[A-Za-z])(\d{2})$")
# "ISBN 978-84-9749-875-3", "ISBN-10: 0-306-40615-2", "ISBN: 9780306406157"
ISBN = re.compile(
    r"(?i)\bISBN(?:-1[03])?\s*:?\s*((?:97[89][-\s‐–]?)?\d{1,5}[-\s‐–]?\d{1,7}[-\s‐–]?\d{1,7}[-\s‐–]?[\dX])\b"
)
APA_YEAR = re.compile(
    # "(2023, March 14)", and "(2023, 14 maart)" as most languages write the day; "(2025+)"
    # is a year to come (statisticians' "to appear"); "(accepterad / accepted)" in two languages;
    # "(2024, )" once a status read before ("(2024, forthcoming)") is taken out
    # ("(submitted, 2024)": a status before the year, or "(, 2024)" once it is read)
    r"\(\s*(?:(?:submitted|accepted|in\s+press|under\s+review)?\s*,\s*)?((?:19|20)\d\d)(?:[a-z]|\+)?(?:,\s*(?:[^\W\d_]+\.?(?:\s+\d{1,2})?|\d{1,2}\.?\s+[^\W\d_]+\.?))?,?\s*\)[.:]?|\(\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*/\s*)?(n\.\s?d\.|in press|forthcoming|accepted|submitted)\s*\)\.?",
    re.I,
)
# "In Proceedings of ...", "in *Proc.* ...": a paper printed in a meeting's proceedings, named
# (not "an extended abstract in proceedings")
IN_PROCEEDINGS = re.compile(r"\b[Ii]n\s*:?\s*[*_]*(?:the\s+)?Proc(?:eedings\b|\.)")
# Month names (English ones by their first letters) in the languages of CVs cvbib reads:
# English, French, German, Spanish, Italian, Portuguese, Turkish; one string a month
MONTH_WORDS = (
    "jan janvier januar enero gennaio janeiro ocak",
    "feb février fevrier februar febrero febbraio fevereiro şubat",
    "mar mars märz marzo março mart",
    "apr avril abril aprile nisan",
    "may mai mayo maggio maio mayıs",
    "jun juin juni junio giugno junho haziran",
    "jul juillet juli julio luglio julho temmuz",
    "aug août aout agosto ağustos",
    "sep sept septembre septiembre setiembre settembre setembro eylül",
    "oct octobre oktober octubre ottobre outubro ekim",
    "nov novembre noviembre novembro kasım",
    "dec décembre decembre dezember diciembre dicembre dezembro aralık",
)
MONTH_NAMES_ANY = "|".join(
    sorted({w for names in MONTH_WORDS for w in names.split()}, key=len, reverse=True)
)
PAGES = re.compile(
    r"(?:\b[Pp]p?\.?\s*|\bpages?\s+|\b[SsСс]\.\s*|\bss\.\s*|\bhlm\.\s*|\btr\.\s*|(?<=[:,]\s)|(?<=:)|(?<=\)\.\s))([A-Z]?\d{1,6}|e\d{1,6}|[ivx]{1,4}\d{1,5})\s*(?:[-–—]{1,2}|\sto\s)\s*"
    # Cell Press numbers its supplementary pages after the last: "3245-3262.e18"
    r"((?:e|[A-Z]|[ivx]{1,4})?\d{1,6}(?:\.e\d{1,4})?)\b"
    # not the days of a meeting: "Atlanta, GA, USA, 5–8 June 2022", "CA, 9–13 Dec.", and in
    # other languages: "Napoli, 22-24 settembre 2021", "İstanbul, 7 - 9 Haziran 2023"
    rf"(?!\s+(?i:{MONTH_NAMES_ANY})"
    r"[^\W\d_]*\.?(?:\s+(?:19|20)\d\d|\s*$|\s*[.;,]))"
)
# What every match of PAGES holds (a digit, a dash or "to", a digit), found much faster
RANGE_HINT = re.compile(r"\d\s*(?:[-–—]{1,2}|\sto\s)\s*(?:e|[A-Z]|[ivx]{1,4})?\d")
ARTICLE_NUMBER = re.compile(
    # "Article 104301", "Article e0123", "Article zsad102" (Oxford's letters and digits)
    # (Finnish journals: "artikkeli 24012", "article id 23011")
    # (Danish, German: "Artikel V09230587"); a short one only where a number ends: BMC's
    # "*BMC Nursing*, *17*, Article 38." (not "Article 19 of the Covenant", nor IEEE's "Art.
    # 38, pp. 1–26", whose pages are the pages)
    r"\b(?:article\s+(?:no\.?\s*|number\s*|id\s+)?|art\.\s*(?:no\.?\s*)?|artikkeli\s+|artikel\s+(?:nr\.?\s*)?)([a-z]{0,5}\d{3,}|\d{1,2}(?=\s*(?:[.;]|,(?!\s*pp?\.)|$)))\b",
    re.I,
)
# a title's translation in brackets after it: "Primjena visokog tlaka [Application of ...]"
TRANSLATION_AT_END = re.compile(r"\s*\[([^\[\]]{8,})\]\s*$")
VOLUME_ISSUE = re.compile(
    # "41(S1)": a supplement
    r"\b(\d{1,4})\s?\(((?!(?:19|20)\d\d\))\d{1,4}(?:[-–/]\d{1,4})?|[A-Z][a-z]+|S\d{1,2}|Suppl\.?\s?\d{1,2}|[A-Z]{2,4}\d{1,2}|\d{1,2}_?[Ss]uppl|Supplement_?\d{1,2})\)"
)
# "vol. 12", ABNT "v. 10"
# "vol. 12", ABNT "v. 10", IEICE "vol. E104-D" / "J101-D"
# (Russian "т. 62": том)
# (Turkish "cilt.56": YÖKSİS and AVESİS)
VOLUME = re.compile(
    r"\b(?:vol(?:ume)?\.?|v\.|т\.(?=\s*\d)|cilt\.?(?=\s*\d))(?:\s*|-)([A-Z]?\d+(?:-[A-Z]\b)?)", re.I
)
# "no. 3", ABNT "n. 2", Turkish "sa.12" (sayı)
# (German "Nr. 12", French "n° 3")
NUMBER = re.compile(
    r"\b(?:nos|no|num|number|issue|nr|n(?=\.)|вып|sa(?=\.\s*\d))\.?(?:\s*|-)(\d+(?:(?:-{1,2}|–|/)\d+)?)|(?:\bn°|\b[Nn]\.\s?º|№|\bsố)\s*(\d+)",
    re.I,
)
# a whole month's name or its abbreviation ("Mar.", "March"; not "Markets", "Decisions")
MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
MONTH = re.compile(rf"\b({MONTH_WORD})\.?", re.I)
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

# Award and presentation notes, most specific first: (pattern, canonical text).
NOTES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bbest\s+student\s+paper(?:\s+award)?", re.I), "Best Student Paper Award"),
    (
        re.compile(r"\bbest\s+paper(?:\s+award)?\s*(?:runner[-\s]?up|honou?rable\s+mention)", re.I),
        "Best Paper Award Runner-Up",
    ),
    (
        re.compile(
            r"\bbest\s+paper\s+(?:award\s+)?(?:nominee|nomination|candidate|finalist)", re.I
        ),
        "Best Paper Award Nominee",
    ),
    (re.compile(r"\bbest\s+paper(?:\s+award)?", re.I), "Best Paper Award"),
    # French, Spanish, Portuguese, Italian, German
    (
        re.compile(
            r"\bprix\s+du\s+meilleur\s+(?:article|papier)\b|\bpremio\s+(?:al|ao)\s+mejor"
            r"\s+art[ií]culo\b|\bpr[eê]mio\s+de\s+melhor\s+artigo\b|\bpremio\s+(?:al\s+)?miglior"
            r"\s+articolo\b|\bbest[-\s]paper[-\s]preis\b",
            re.I,
        ),
        "Best Paper Award",
    ),
    (re.compile(r"\boutstanding\s+paper(?:\s+award)?", re.I), "Outstanding Paper Award"),
    # (before "Poster" and "Oral" below: the award, not the kind of presentation)
    (re.compile(r"\bbest\s+poster(?:\s+(?:award|prize))?", re.I), "Best Poster Award"),
    (
        re.compile(r"\bbest\s+(?:presentation|talk)(?:\s+(?:award|prize))?", re.I),
        "Best Presentation Award",
    ),
    (re.compile(r"\bplenary\s+(?:talk|presentation|lecture)\b", re.I), "Plenary Talk"),
    # software engineering's (ACM SIGSOFT at ICSE, FSE, ASE, ISSTA)
    (re.compile(r"\bdistinguished\s+paper(?:\s+award)?", re.I), "Distinguished Paper Award"),
    (re.compile(r"\bhonou?rable\s+mention\b", re.I), "Honorable Mention"),
    (re.compile(r"\beditors?['’]?\s*s?['’]?\s+choice\b", re.I), "Editor's Choice"),
    # APS marks its highlighted papers; journals their cover stories
    (re.compile(r"\beditors?['’]?\s*s?['’]?\s+suggestion\b", re.I), "Editors' Suggestion"),
    (
        re.compile(
            r"\b(?:featured\s+on\s+the\s+(?:(?:issue|journal|front)\s+)?cover|cover\s+(?:article|story)"
            r"|(?:inside\s+)?(?:front|back)\s+cover(?:\s+article)?)\b",
            re.I,
        ),
        "Cover Article",
    ),
    # registered reports: accepted on their protocol before the data are in
    (
        re.compile(r"\bstage\s*1\s+in[-\s]principle\s+accept(?:ance|ed)\b", re.I),
        "Stage 1 in-principle acceptance",
    ),
    # (not the journals "Oral Dis.", "Oral Oncol.", "Oral Surgery ...": a capitalised word
    # after "Oral" goes on with a name)
    (
        re.compile(
            r"\boral(?:\s+presentation)?\b"
            r"(?!\s+(?!(?:talk|session|paper|track|award|prize)\b)(?-i:[A-Z])[a-z]+)",
            re.I,
        ),
        "Oral",
    ),
    (re.compile(r"\b(?:long|contributed)\s+(?:talk|oral)\b", re.I), "Long Talk"),
    (re.compile(r"\bspotlight(?:\s+presentation)?\b", re.I), "Spotlight"),
    (re.compile(r"\bdemo(?:nstration)?\s+track\b", re.I), "Demo Track"),
    (re.compile(r"\bdoctoral\s+consortium\b", re.I), "Doctoral Consortium"),
    (re.compile(r"\bjournal\s+track\b", re.I), "Journal Track"),
    # (not "Key Findings Brief", a series' name)
    (re.compile(r"\bfindings?\b(?!\s+of\b)(?!\s+(?-i:[A-Z])[a-z]+)", re.I), "Findings"),
    (re.compile(r"\bposter(?:\s+presentation)?\b", re.I), "Poster"),
    (re.compile(r"\bhighlight\b(?!ed)", re.I), "Highlight"),
    (re.compile(r"\b(?:long|full)\s+paper\b", re.I), "Long Paper"),
    (re.compile(r"\bshort\s+paper\b", re.I), "Short Paper"),
    (re.compile(r"\binvited\s+paper\b|\(\s*invited\s*\)", re.I), "Invited Paper"),
    # a journal's placement of the article: "— *Lead article*", "(Cover article)"
    (re.compile(r"\b(?:lead|cover|featured?)\s+article\b", re.I), "Lead Article"),
    (re.compile(r"\bjob\s+market\s+paper\b", re.I), "Job Market Paper"),
]
# Remarks that are kept (in Record.extra) but are not part of a citation.
EXTRA = re.compile(
    r"acceptance|accept(?:ed)?\s+rate|\d\s*%|\bccf\b|\bcore\b|\brank|\bused\s+in\b|highlighted|"
    r"citations?|cited|impact\s+factor|\bjcr\b|\bq[1-4]\b|directly\s+accepted|\bsci\b|\bei\b|"
    r"\bcorresponding\b|equal\s+contribution|contributed\s+equally|\bcode\b|\bslides?\b|github|media|covered\s+by|"
    r"featured|selected\s+as|top\s+\d|invited\s+to|\bft\s?50\b|\babs\s?[1-4]\*?(?!\w)|\butd\s?24\b|"
    r"\babdc\b|"
    # chemistry journals' labels of an article: "(Short Review)", "(Hot Paper)", "(Edge Article)"
    r"\b(?:short|invited|mini-?)\s?review\b|\bhot\s+paper\b|\bedge\s+article\b|\bvip\b|"
    # Turkish indexes and kinds of a proceedings paper: "(TR DİZİN)", "(Tam Metin Bildiri)"
    r"\bdi̇zi̇n\b|\bdizin\b|\btam\s+metin\b|\bözet\s+bildiri\b",
    re.I,
)
STATUS: list[tuple[re.Pattern[str], str]] = [
    # (and in other languages: "sottoposto a", "submetido", "soumis", "eingereicht", "enviado")
    (re.compile(r"\bunder\s+(?:review|submission|revision)\b|\bin\s+(?:submission|review)\b|\bsubmitted\b"
                r"|\b(?:revise|reject)\s+(?:and|&)\s+resubmit\b|\bR\s?&\s?R\b"
                r"|\b(?:major|minor)\s+revisions?\b"
                r"|\bsottopost[oa]\b|\bsubmetido\b|\bsoumis\b|\beingereicht\b|\benviado\b"
                r"|\bingediend\b|\binskickad\b|\bindsendt\b|\binnsendt\b|\ben\s+revisi[oó]n\b"
                r"|\bhakem\s+de[ğg]erlendirmesinde\b|\bde[ğg]erlendirmede\b"  # Turkish
                r"|\barvioitavana\b|\barvioinnissa\b"  # Finnish
                # Czech, Slovak, Polish, Russian, Hungarian, Indonesian
                r"|\bdalam\s+proses\s+(?:review|penelaahan|telaah)\b"
                r"|\bđang\s+phản\s+biện\b|\bđã\s+gửi\s+đăng\b|\bđã\s+gửi\s+bài\b"  # Vietnamese
                r"|\bem\s+revis[ãa]o\b|\bsubmetid[oa]\b"  # Portuguese
                r"|\bbenyújtva\b|\bbírálat\s+alatt\b"
                r"|\bv\s+recenzním\s+řízení\b|\bv\s+recenznom\s+konaní\b|\bodesláno\b|\bw\s+recenzji\b"
                r"|(?<!\w)на\s+рецензии(?!\w)|(?<!\w)направлен[ао]?\s+в\s+(?:журнал|печать)(?!\w)"
                r"|投稿中|审稿中|審稿中|修改中|已投稿", re.I),
     "under review"),
    (re.compile(r"\bforthcoming\b|\bto\s+appear\b|\bin\s+press\b|\baccepted\s+for\s+publication(?:\s+in\b)?"
                r"|\baccepted\b(?=\s*(?:[,.;)\]]|$|for\s+publication|\(|and\s+to))"
                # ("accepted 12 February 2025", "accepted March 3, 2025": with its date)
                r"|\baccepted(?=\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d)"
                # "accepted in PRX Quantum (2024)" (not "directly accepted by the first round")
                r"|(?<!directly\s)\baccepted\s+(?:in|at|to|by)\b(?!\s+principle)"
                r"|\bpainossa\b|\bin\s+corso\s+di\s+stampa\b|\bno\s+prelo\b|\ben\s+prensa\b|\bsous\s+presse\b|\bim\s+druck\b|\bim\s+erscheinen\b|\bà\s+paraître\b"
                r"|\baceito\s+para\s+publica[çc][ãa]o\b|\bin\s+druk\b|\bgeaccepteerd\b|\bte\s+verschijnen\b"
                r"|\(\s*acept(?:ado|ada)\s*\)|\(\s*accettato\s*\)|\(\s*accept[ée]e?\s*\)"
                r"|\bunder\s+(?:utgivning|udgivelse|publisering)\b|\baccepterad\b|\baccepteret\b|\bakseptert\b|\bakzeptiert\b|\bkabul\s+edildi\b|\bw\s+druku\b"
                r"|\bmegjelenés\s+alatt\b|\belfogadva\b|\bditerima\b"
                r"|\bđã\s+(?:được\s+)?chấp\s+nhận(?:\s+đăng)?\b"
                r"|\bv\s+tisku\b|\bv\s+tlači\b|\bpřijato\s+k\s+(?:publikaci|tisku)\b|\bprzyjęt[eyoa]\s+do\s+druku\b"
                r"|(?<!\w)в\s+печати(?!\w)|(?<!\w)принят[ао]?\s+(?:к|в)\s+печат[ьи](?!\w)"
                r"|已接收|已录用|录用|已錄用|待发表|採録決定|掲載決定", re.I),
     "forthcoming"),
    # linguists' "Ms., University of X" (a manuscript); a repository's "Accepted manuscript"
    # badge names the version it holds of a paper, not the paper's stage
    (re.compile(r"\b(?:manuscript\s+)?in\s+prep(?:aration\b|\.)|\bpre-?print\b|\bworking\s+paper\b|(?<!accepted\s)\bmanuscript\b|\b(?-i:Ms)\.,"
                r"|\bin\s+voorbereiding\b|\bmanuscrito\b|\ben\s+preparaci[oó]n\b", re.I),
     "preprint"),
]  # fmt: skip
# Link texts that name a resource, not bibliographic content: [PDF](#), [Code](...).
LINK_WORDS = re.compile(
    r"^\s*\[?\s*(?:pdf|paper|code|link|slides?|video|poster|project(?:\s+page)?|website|web|arxiv|"
    r"doi|bibtex|bib|supp(?:lementary)?|talk|blog|html|abstract|openreview|github|data(?:set)?|handle|benchmark|leaderboard|colab|notebook|models?|weights|checkpoints?|hugging\s*face|"
    r"preprint|url|full\s+text|demo(?:\s+video)?|proceedings|press|replication(?:\s+(?:files?|package|code|data))?|"
    r"(?:online\s+)?appendix|supplement(?:ary\s+material)?|details|abstract\s+&\s+bibtex|"
    # a job-market paper's "[Latest version]", "[Most recent draft]"
    r"(?:latest|most\s+recent|current)\s+(?:version|draft))\s*\]?\s*$",
    re.I,
)
# Words that make a text segment a venue (or the publication-info part of a reference).
VENUE_WORDS = re.compile(
    r"\b(?:in\s*:?\s|proc\b|proceedings|conference|conf\b|symposium|symp\b|workshop|journal|"
    r"transactions|trans\b|letters|review|magazine|annals|bulletin|advances\s+in|frontiers\s+in|"
    r"international|annual|university|univ\b|institute|thes[ie]s|dissertation|press|publishers?|"
    r"proefschrift|dissertatie|doktorarbeit|th(?:èse|ese(?=\s+d(?:e\b|['’])))|tesis|tese|tesi|(?:doktors)?avhandling|afhandling|"
    r"értekezés|disszertáció|disertační\s+práce|diplomová\s+práce|kiadó|"
    r"book|chapter|edition|arxiv|biorxiv|ssrn|corr|preprint|ieee|acm|siam|usenix|springer|"
    r"elsevier|wiley|nature|science|pmlr|openreview|lecture\s+notes|lncs|vol\b|volume|pp\b|"
    r"technical\s+report|tech\.\s+rep|tech(?:nical)?\.?\s+(?:memo|note)|report|forum|meeting|"
    r"congress|colloquium|summit|track|"
    r"working\s+paper|discussion\s+paper|arbeitspapier|diskussionspapier|schriftenreihe|"
    r"tagungsband|zeitschrift|tijdschrift|\w*tids?skrift|congreso|congresso|congrès|jornadas|simposio|simpósio|"
    r"presentad[oa]\s+en|apresentad[oa]\s+(?:no|na|em)|"
    r"findings\s+of)",
    re.I,
)
# An abbreviation whose period does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "al",
        "et",
        "hlm",  # Indonesian "halaman", pages
        "proc",
        "conf",
        "int",
        "intl",
        "trans",
        "j",
        "univ",
        "inc",
        "ltd",
        "ed",
        "eds",
        "vol",
        "no",
        "pp",
        "ss",  # Turkish "ss. 45–72" (pages)
        "e.g",
        "i.e",
        "vs",
        "st",
        "dr",
        "prof",
        "jr",
        "sr",
        "dept",
        "natl",
        "assoc",
        "comput",
        "sci",
        "eng",
        "syst",
        "res",
        "rev",
        "lett",
        "phys",
        "chem",
        "biol",
        "med",
        "soc",
        "am",
        "amer",
        "acad",
        "adv",
        "appl",
        "inf",
        "mach",
        "learn",
        "artif",
        "intell",
        "stat",
        "math",
        "anal",
        "theor",
        "tech",
        "rep",
        "symp",
        "workshop",
        "mr",
        "ms",
        "mrs",
        "fig",
        "eq",
        "ch",
        "sec",
        "cf",
        "ca",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        # words of abbreviated journal names ("Mon. Wea. Rev.", "J. Atmos. Sci.",
        # "Curr. Opin. Neurobiol."): a period after them ends no sentence
        "mon",
        "wea",
        "atmos",
        "meteor",
        "meteorol",
        "climatol",
        "geophys",
        "geosci",
        "oceanogr",
        "technol",
        "environ",
        "neurosci",
        "neurophysiol",
        "neurobiol",
        "opin",
        "curr",
        "nat",
        "ecol",
        "evol",
        "microbiol",
        "immunol",
        "psychol",
        "sociol",
        "polit",
        "econ",
        "educ",
        "philos",
        "clin",
        "epidemiol",
        "genet",
        "mol",
    ]
)

# Cheap pre-checks: the precise patterns above only run when one of these words occurs.
# They scan lower-cased text (see `lowered`) with lower-case patterns: a case-insensitive
# pattern cannot skip ahead by its possible first characters and scans ten times slower.
NOTE_HINT = re.compile(
    r"best|outstanding|honou?rable|oral|spotlight|demo|doctoral|journal\s+track|finding|"
    r"poster|highlight|paper|talk|choice|principle|article|meilleur|mejor|melhor|miglior|prémio|premio|prêmio|"
    r"suggestion|cover|invited"
)
STATUS_HINT = re.compile(
    r"under|submi|communicated|revis|in review|resubmit|r\s?&\s?r|forthcoming|appear|press|accepted|print|working|manuscript|prep|ms\.,"
    r"|sottopost|soumis|eingereicht|enviado|stampa|prelo|prensa|druck|aceito"
    r"|ingediend|inskickad|indsendt|innsendt|druk|geaccepteerd|verschijnen|erscheinen|paraître|utgivning|udgivelse"
    r"|publisering|voorbereiding|acept|accettato|accepté|accepter|akzept|aksept|kabul|hakem|druku|tisku|tlači|recenz|benyújt|bírálat|megjelen|elfogad|diterima|proses|revisão|submetid|phản\s+biện|gửi\s+đăng|chấp\s+nhận|přijato|odesláno|przyjęt|печат|рецензи|направлен|投稿|审稿|審稿|修改中|接收|录用|錄用|待发表"
)


def lowered(text: str) -> str:
    """``text`` in lower case, character for character, so positions still fit ``text``
    (``str.lower`` makes two characters of "İ")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] or c for c in text)


# Vancouver publication part: "2023;147(8):612-25", "2021 Mar;18(4)", "In press."
VANCOUVER_PUB = re.compile(
    r"\s*(?:(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d|"
    r"(?i:in\s+press|epub\s+ahead\s+of\s+print)\b|"
    # ISO 690 "Journal. 2022, 83(4), 271–298." and "2019, (20), 3–21."
    r"(?:19|20)\d\d,\s*(?:\d{1,4}|\(\d{1,4}\))(?:\s*\([\d–\-/]{1,9}\))?(?:,\s*(?:[A-Za-z]?\d|s\.|pp?\.)|[.\s]*$))"
)
# Vancouver article kinds after a title: "Title [editorial]."
ARTICLE_KIND = re.compile(
    r"(?i)editorial|letter|review|commentary|comment|abstract|erratum|retraction|"
    r"perspective|case report|meeting abstract|opinion|data paper|short communication"
)
# One name in initials form: "M. Kowalski", "J.-P. Dupont", "A.B. Smith"
# (accented capitals too: "É. Marchetti", "Ł. Nowak")
LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
INITIALS_THEN_FAMILY = rf"(?:[{LATIN_UPPER}]\.\s?-?){{1,3}}\s?[{LATIN_UPPER}][\w'’\-]+"
# Website templates (Jekyll academicpages, Hugo) write an entry as labelled lines under its
# title: "Published in *Journal*, 2024", "Authors: A, B", "Recommended citation: <reference>".
FIELD_LABEL = re.compile(
    r"(?i)^\s*(?:(published\s+in)\b\s*:?|(authors?)\s*:|(recommended\s+citation|cite\s+as)\s*:)\s*"
)
# OnePetro's paper numbers (petroleum engineering): "SPE-218832-PA", "URTeC-2020-2843",
# "ARMA-23-0512", "IPTC-22345-MS"; they name the paper, not its venue
# a meeting's paper number after "Paper"/"Preprint": SME "Preprint 24-071", ARMA "Paper
# ARMA 18-931" (written with a space, before OnePetro's "ARMA-2021-1234")
MEETING_PAPER_NUMBER = re.compile(
    r"(?:^|[,;.”\"’']\s*)(?:Paper|Preprint)\s+(?:No\.\s*)?((?:ARMA|SME|SPE|URTeC)?[\s-]?\d{2,4}-\d{2,5}"
    r"(?:-[A-Z]{2,3})?)(?=[,;.]\s)"
)
ONEPETRO_ID = re.compile(
    r"[,;.]?\s*(?:Paper\s+)?(?<![\w/])((?:SPE|URTeC|ARMA|IPTC|OTC|AADE|PETSOC|OMC|IADC|SEG)-\d{2,7}"
    r"(?:-\d{2,7})?(?:-[A-Z]{2,3})?)(?![\w/-])"
)


# Chicago's and MLA's mark for "the same authors as the entry above": "———. Title."
# (after the year a typed CV sets in its margin: "1997    ———, ed., Title")
_DITTO_MARK = r"^\s*(?:(?:19|20)\d\d\s{2,})?(?:[—–_-]{2,}|—)\s*"
DITTO_AUTHORS = re.compile(_DITTO_MARK + r"[.,]")
# "———, ed., Title": the same people, as the volume's editors
DITTO_ROLE = re.compile(_DITTO_MARK + r",\s*(?:eds?|editors?)\.?\s*[.,]\s*")
# Liner and program notes, written for a recording or a concert (a remark the parser keeps)
NOTES_WORDS = r"(?:liner|program|programme|sleeve|album|concert)\s+(?:notes?|essay)"
NOTES_GENRE = re.compile(rf"(?i){NOTES_WORDS}\b")

# Faculty-activity systems (Faculty180, Digital Measures) print an entry's record fields
# after it: "Status: Accepted/In Press. Refereed: Yes. Scope: National. (Data-based)"
FIELD_LABELS = (
    r"(?:Publication\s+)?Status|Refereed|Peer[-\s]?[Rr]eviewed|Scope|Audience|Indexed(?:\s+in)?"
    r"|Review\s+[Tt]ype|Contribution|Role|Open\s+[Aa]ccess"
    # a working paper's "Media coverage: Wall Street Journal, Bloomberg"
    r"|(?:Media|Press)\s+[Cc]overage"
)
# (SNSF's lines under an output, "Peer-reviewed: yes Open access: gold": the next label ends
# a value as a full stop does)
RECORD_FIELDS = re.compile(
    rf"\s*(?:(?:{FIELD_LABELS})\s*:\s*[^.;:()]{{1,40}}?"
    rf"(?:[.;]\s*|\s+(?=(?:{FIELD_LABELS})\s*:)|\s*$)){{1,6}}"
    r"(?:\((?:Data[-\s]based|Non[-\s]data[-\s]based|[A-Z][\w\s\-]{1,30})\)\.?)?\s*"
)


def status_of(text: str) -> str | None:
    """The status the first of STATUS's patterns to find one in ``text`` names."""
    return next((status for pat, status in STATUS if pat.search(text)), None)


def fields_status(remark: str) -> str | None:
    """The publication status a record-fields remark gives, in cvbib's words."""
    m = re.search(r"(?i)\bstatus\s*:\s*([^.;]+)", remark)
    value = m.group(1).lower() if m else ""
    if re.search(r"submitted|under\s+review|revis", value):
        return "under review"
    if re.search(r"accepted|in\s+press|forthcoming", value):
        return "forthcoming"
    if "published" in value:
        return "published"
    return None
