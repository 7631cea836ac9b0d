"""Word banks for synthetic Huizen: aligned titles in nl/fr/en/ar and plausible filler words."""

from __future__ import annotations

LANGUAGES = ("nl", "fr", "en", "ar")

MUNICIPALITIES = (
    ("vossendaal", "Vossendaal", "9960"),
    ("kerselare", "Kerselare", "9961"),
    ("broekem", "Broekem", "9962"),
    ("hazelbeke", "Hazelbeke", "9963"),
    ("ruisbroek-ter-heide", "Ruisbroek-ter-Heide", "9964"),
    ("dommelgem", "Dommelgem", "9965"),
)

# (nl, fr, en, ar, soort): one activity title in every site language, with its kind of offer.
TITLES = (
    ("Babymassage", "Massage pour bébés", "Baby massage", "تدليك الرضع", "cursus"),
    ("Oudercafé", "Café des parents", "Parent café", "مقهى الآباء", "oudergroep"),
    ("Spelotheek", "Ludothèque", "Toy library", "مكتبة الألعاب", "spelotheek"),
    ("Voorleesuurtje", "Heure du conte", "Story time", "ساعة الحكايات", "spel-en-ontmoeting"),
    ("Infoavond slapen", "Soirée d'info sur le sommeil", "Info evening on sleep", "أمسية حول النوم", "infosessie"),
    ("Babyzwemmen", "Bébés nageurs", "Baby swimming", "سباحة الرضع", "cursus"),
    ("Kleuterturnen", "Gym pour tout-petits", "Toddler gym", "رياضة للأطفال الصغار", "cursus"),
    ("Spreekuur opvoeding", "Permanence éducation", "Parenting drop-in", "استشارة تربوية", "spreekuur"),
    ("Samen koken", "Cuisiner ensemble", "Cooking together", "الطبخ معاً", "spel-en-ontmoeting"),
    ("Tweedehandsbeurs", "Bourse de seconde main", "Second-hand market", "سوق المستعمل", "evenement"),
    ("Speelnamiddag", "Après-midi de jeux", "Play afternoon", "ظهيرة اللعب", "spel-en-ontmoeting"),
    ("Praatgroep voor ouders", "Groupe de parole", "Parents' talking group", "مجموعة حوار للآباء", "oudergroep"),
    (
        "Infosessie kinderopvang",
        "Séance d'info accueil",
        "Childcare info session",
        "جلسة حول رعاية الأطفال",
        "infosessie",
    ),
    ("Huiswerkklas", "Classe de devoirs", "Homework club", "نادي الواجبات", "cursus"),
    ("Consult jonge kinderen", "Consultation jeunes enfants", "Young child check-up", "استشارة للأطفال", "consult"),
    ("Uitdeelmoment luiers", "Distribution de couches", "Nappy distribution", "توزيع الحفاضات", "materiele-hulp"),
    ("Ouderontbijt", "Petit-déjeuner des parents", "Parents' breakfast", "فطور الآباء", "oudergroep"),
    ("Geboortefeest", "Fête des naissances", "Birth celebration", "حفل المواليد", "evenement"),
    ("Workshop piekeren", "Atelier sur les soucis", "Worry workshop", "ورشة حول القلق", "infosessie"),
    ("Buggywandeling", "Promenade en poussette", "Buggy walk", "نزهة بعربة الأطفال", "spel-en-ontmoeting"),
    ("Knutselclub", "Club de bricolage", "Craft club", "نادي الأشغال اليدوية", "spel-en-ontmoeting"),
    ("Taalcafé", "Café des langues", "Language café", "مقهى اللغات", "oudergroep"),
    ("Zwangerschapsyoga", "Yoga prénatal", "Pregnancy yoga", "يوغا الحمل", "cursus"),
    ("Infoavond pubers", "Soirée d'info ados", "Info evening on teens", "أمسية حول المراهقين", "infosessie"),
    ("Budgetcafé", "Café budget", "Budget café", "مقهى الميزانية", "spreekuur"),
    ("Open deur", "Portes ouvertes", "Open day", "يوم الأبواب المفتوحة", "evenement"),
)

# (nl, fr, en, ar) for a reason on a cancelled, moved or full date.
REASONS = (
    ("De begeleider is ziek.", "L'animatrice est malade.", "The group leader is ill.", "المرشدة مريضة."),
    ("De zaal is niet vrij.", "La salle n'est pas libre.", "The room is not available.", "القاعة غير متاحة."),
    ("Alle plaatsen zijn weg.", "Toutes les places sont prises.", "All places are taken.", "جميع الأماكن محجوزة."),
    ("Schoolvakantie.", "Vacances scolaires.", "School holiday.", "عطلة مدرسية."),
)

# Proper names for partners and locations.
NAMES = (
    "De Zonnebloem",
    "Het Nestje",
    "De Schommel",
    "De Ballon",
    "De Kangoeroe",
    "De Brug",
    "Het Anker",
    "De Vlinder",
    "Het Klavertje",
    "De Regenboog",
    "De Speelvogel",
    "Het Kompas",
    "De Wilgenboom",
    "De Linde",
    "Het Molentje",
    "De Parel",
    "De Knipoog",
    "Het Vlot",
    "De Boomhut",
    "De Sterrenwacht",
)
STREETS = (
    "Dorpsplein",
    "Kerkstraat",
    "Stationsstraat",
    "Molenweg",
    "Schoolstraat",
    "Beekstraat",
    "Lindelaan",
    "Nieuwstraat",
    "Marktplein",
    "Kapelstraat",
    "Veldstraat",
    "Heidestraat",
)
PLACE_WORDS = ("Locatie", "Site", "Site", "موقع")
NOTE_WORDS = ("Alleen op afspraak.", "Uniquement sur rendez-vous.", "By appointment only.", "بموعد مسبق فقط.")

FILLER = {
    "nl": (
        "kinderen ouders gezin samen spelen leren vragen hulp gratis buurt week baby peuter school opvoeding "
        "gezondheid ontmoeten praten luisteren steun ervaring vrijwilligers koffie boeken muziek bewegen eten "
        "slapen groeien taal tips advies veilig rustig warm welkom kleine groep elke iedereen thuis"
    ).split(),
    "fr": (
        "enfants parents famille ensemble jouer apprendre questions aide gratuit quartier semaine bébé école "
        "éducation santé rencontrer parler écouter soutien expérience bénévoles café livres musique bouger "
        "manger dormir grandir langue conseils sûr calme accueil petit groupe chaque tous maison"
    ).split(),
    "en": (
        "children parents family together play learn questions help free neighbourhood week baby toddler school "
        "parenting health meet talk listen support experience volunteers coffee books music move food sleep "
        "grow language tips advice safe calm warm welcome small group every everyone home"
    ).split(),
    "ar": (
        "أطفال آباء أسرة معاً لعب تعلم أسئلة مساعدة مجاني حي أسبوع رضيع مدرسة تربية صحة لقاء حديث استماع "
        "دعم تجربة متطوعون قهوة كتب موسيقى حركة طعام نوم نمو لغة نصائح آمن هادئ ترحيب مجموعة صغيرة كل الجميع بيت"
    ).split(),
}
