package factcheck.extraction;

import java.util.Set;

/**
 * Single-word country and major city names. They let a sentence-initial "Germany" count as a
 * name even when the text never mentions it mid-sentence (multi-word names count anyway).
 */
final class KnownPlaces {

    static final Set<String> NAMES = Set.of(
            "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
            "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
            "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria",
            "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Comoros",
            "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti", "Dominica", "Ecuador",
            "Egypt", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
            "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana",
            "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
            "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo",
            "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
            "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
            "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco",
            "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
            "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palau",
            "Palestine", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
            "Romania", "Russia", "Rwanda", "Samoa", "Senegal", "Serbia", "Seychelles", "Singapore",
            "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Suriname", "Sweden", "Switzerland",
            "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey",
            "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela",
            "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Britain", "England", "Scotland", "Wales", "America",
            "Europe", "Asia", "Africa", "Crimea", "Gaza", "Moscow", "Beijing", "Washington", "London",
            "Paris", "Berlin", "Brussels", "Kyiv", "Kiev", "Tokyo", "Delhi", "Tehran", "Ankara", "Istanbul",
            "Cairo", "Baghdad", "Damascus", "Jerusalem", "Rome", "Madrid", "Warsaw", "Vienna", "Geneva",
            "Astana", "Almaty", "Bishkek", "Tashkent", "Dushanbe", "Ashgabat", "Minsk", "Tbilisi",
            "Yerevan", "Baku", "Kabul", "Islamabad", "Dhaka", "Seoul", "Pyongyang", "Manila", "Jakarta",
            "Bangkok", "Hanoi", "Sydney", "Ottawa", "Toronto", "Brasilia", "Lagos", "Nairobi", "Johannesburg");

    private KnownPlaces() {
    }
}
