package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made sentence pairs, each compared both ways: the copy against the original, then the original as
 * if it were the copy, which must give the same differences with their sides swapped.
 */
class DifferenceRulesTest {

    static Stream<Arguments> changed() {
        return Stream.of(
                // Numbers
                arguments("The attack killed 145 people.", "The attack killed 140 people.",
                        List.of("NUMBER 145 | 140")),
                arguments("Hundreds of Russian citizens crossed the border.",
                        "Thousands of Russian citizens crossed the border.", List.of("NUMBER Hundreds | Thousands")),
                arguments("The bridge cost $5bn to build.", "The bridge cost €5bn to build.",
                        List.of("NUMBER $5bn | €5bn")),
                arguments("Unemployment fell to 4.2 per cent in May.", "Unemployment fell to 4.8% in May.",
                        List.of("NUMBER 4.2 per cent | 4.8%")),
                arguments("Tens of thousands marched in the capital.", "Thousands marched in the capital.",
                        List.of("NUMBER Tens of thousands | Thousands")),
                arguments("Police arrested 40 protesters outside the ministry.",
                        "Police arrested protesters outside the ministry.", List.of("NUMBER 40 | ")),
                arguments("Nine of the ten ministers resigned.", "Eight of the ten ministers resigned.",
                        List.of("NUMBER Nine | Eight")),
                // Dates
                arguments("The law was passed in March 2024.", "The law was passed in May 2024.",
                        List.of("DATE March 2024 | May 2024")),
                arguments("She was born in 1990 in Almaty.", "She was born in 1991 in Almaty.",
                        List.of("DATE 1990 | 1991")),
                arguments("Work resumed in early 2020.", "Work resumed in late 2020.",
                        List.of("DATE early 2020 | late 2020")),
                arguments("The talks began on Monday.", "The talks began on Tuesday.",
                        List.of("DATE Monday | Tuesday")),
                // Names
                arguments("According to the Soviet interior ministry, 10 million migrants live in Russia.",
                        "According to the Russian interior ministry, 10 million migrants live in Russia.",
                        List.of("NAME Soviet | Russian")),
                arguments("Fighting continued in eastern Ukraine.", "Fighting continued in western Ukraine.",
                        List.of("NAME eastern Ukraine | western Ukraine")),
                arguments("Biden met Olaf Scholz in Berlin on the way.", "Biden met Olaf Scholz in Paris on the way.",
                        List.of("NAME Berlin | Paris")),
                arguments("Officials in Moscow said the talks had failed.",
                        "Officials in Russia said the talks had failed.", List.of("NAME Moscow | Russia")),
                arguments("Tajikistan, a core Asian nation, was once part of the Soviet Union.",
                        "Tajikistan, a central Asian nation, was once part of the Soviet Union.",
                        List.of("NAME core Asian | central Asian")),
                arguments("He refused to help Russia avoid American sanctions.",
                        "He refused to help Russia avoid Western sanctions.", List.of("NAME American | Western")),
                // Negations
                arguments("Kazakhstan had the intention of helping Russia.",
                        "Kazakhstan had no intention of helping Russia.",
                        List.of("NEGATION the intention | no intention")),
                arguments("He visited Moscow in 2019.", "He never visited Moscow in 2019.",
                        List.of("NEGATION visited | never visited")),
                arguments("A complete break with Russia is likely.", "A complete break with Russia is unlikely.",
                        List.of("NEGATION likely | unlikely")),
                arguments("The ministry didn't confirm the figures.", "The ministry confirmed the figures.",
                        List.of("NEGATION n't confirm | confirmed")),
                // Quantifiers
                arguments("Most of them opened their borders.", "All of them opened their borders.",
                        List.of("QUANTIFIER Most | All")),
                arguments("They annexed the largely occupied regions.", "They annexed the partially occupied regions.",
                        List.of("QUANTIFIER largely occupied | partially occupied")),
                arguments("Some venues refused to host Russian stars.", "Many venues refused to host Russian stars.",
                        List.of("QUANTIFIER Some venues | Many venues")),
                arguments("Half of the staff left in June.", "Most of the staff left in June.",
                        List.of("QUANTIFIER Half of the staff | Most of the staff")),
                arguments("Few people came to the meeting.", "A few people came to the meeting.",
                        List.of("QUANTIFIER Few people | A few people")),
                arguments("There are signs that some Central Asian nations are interested.",
                        "There are some signs that Central Asian nations are interested.",
                        List.of("QUANTIFIER some Central Asian nations | some signs")),
                arguments("None of the suspects was charged.", "Two of the suspects were charged.",
                        List.of("NUMBER None | Two", "QUANTIFIER None of the suspects | Two of the suspects")));
    }

    static Stream<Arguments> kept() {
        return Stream.of(
                arguments("There are 10 million migrants in Russia.", "There are ten million migrants in Russia."),
                arguments("Sales rose 12 per cent last year.", "Sales rose 12% last year."),
                arguments("The bridge cost $5bn.", "The bridge cost 5 billion dollars."),
                arguments("The attack, which left 140 people dead, shocked the city.",
                        "The attack that killed 140 people shocked the city."),
                arguments("Nine of the ten ministers resigned.", "9 of the 10 ministers resigned."),
                arguments("Some 300 people attended the rally.", "About 300 people attended the rally."),
                arguments("The city has 1.5 million residents.", "The city has 1,500,000 residents."),
                arguments("The treaty was signed on 3 March 2021.", "The treaty was signed on March 3, 2021."),
                arguments("Workers from the Kyrgyz Republic were deported.", "Workers from Kyrgyzstan were deported."),
                arguments("The US imposed sanctions.", "The United States imposed sanctions."),
                arguments("The U.S. imposed sanctions.", "The US imposed sanctions."),
                arguments("The UK government objected.", "The British government objected."),
                arguments("Central Asian republics took a neutral position.",
                        "Central Asia republics took a neutral position."),
                arguments("Kassym-Jomart Tokayev refused.", "Tokayev refused."),
                arguments("Kassym- Jomart Tokayev refused.", "Kassym-Jomart Tokayev refused."),
                arguments("However, the talks failed in Geneva.", "But the talks failed in Geneva."),
                arguments("Russian troops arrived in Kazakhstan.", "Troops from Russia arrived in Kazakhstan."),
                arguments("The region did not support Russia's invasion of Georgia in 2008.",
                        "Russia's invasion of Georgia in 2008 was not supported by the region."),
                arguments("They didn't vote.", "They did not vote."),
                arguments("They decided without checking with Russia.", "They decided without consulting Russia."),
                arguments("The four suspects are all citizens of Tajikistan.",
                        "The four suspects are citizens of Tajikistan."),
                arguments("It is the most important issue.", "It is the key issue."),
                arguments("Several countries objected to the plan.", "Some countries objected to the plan."),
                arguments("A majority of voters agreed.", "Most voters agreed."),
                arguments("Not only Russia but also China abstained.", "Russia and China abstained."),
                arguments("The organisation's labour policy was criticised.",
                        "The organization's labor policy was criticized."),
                arguments("One was the refusal of Kazakhstan's president.",
                        "The first was the refusal of Kazakhstan's president."),
                arguments("Vladimir Putin spoke in Moscow.", "Putin spoke in Moscow."),
                arguments("Polls show that 49% in Kyrgyzstan agree.", "Polls show that 49 % in Kyrgyzstan agree."),
                arguments("The completely destroyed bridge reopened.", "The destroyed bridge reopened."));
    }

    @ParameterizedTest
    @MethodSource("changed")
    void findsTheChangedFact(String copy, String original, List<String> expected) {
        assertEquals(expected, Differences.between(copy, original), "copy against original");
        assertEquals(expected.stream().map(Differences::reversed).sorted().toList(),
                Differences.between(original, copy).stream().sorted().toList(), "original against copy");
    }

    @ParameterizedTest
    @MethodSource("kept")
    void keepsFactsThatAreOnlyReworded(String copy, String original) {
        assertEquals(List.of(), Differences.between(copy, original), "copy against original");
        assertEquals(List.of(), Differences.between(original, copy), "original against copy");
    }
}
