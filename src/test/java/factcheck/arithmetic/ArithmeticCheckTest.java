package factcheck.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArithmeticCheckTest {

    private final ArithmeticCheck check = new ArithmeticCheck();

    private List<ArithmeticFlag> flags(String text) {
        List<ArithmeticFlag> flags = check.check(text);
        for (ArithmeticFlag flag : flags) {
            for (Figure figure : flag.figures()) {
                assertEquals(figure.text(), text.substring(figure.start(), figure.end()), "figure offsets");
            }
        }
        return flags;
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                // Multiples in words
                arguments("There were 2,911 cases, tripled from 368 the year before.",
                        "2,911 / 368 = 7.9×, not 3× (\"tripled\")"),
                arguments("Cases tripled from 368 to 2,911 last year.",
                        "2,911 / 368 = 7.9×, not 3× (\"tripled\")"),
                arguments("Passenger numbers doubled from 1.2m to 2.9m.",
                        "2.9m / 1.2m = 2.4×, not 2× (\"doubled\")"),
                arguments("Flights doubled to 900 from 300 in a year.",
                        "900 / 300 = 3.0×, not 2× (\"doubled\")"),
                arguments("The deficit halved from £40bn to £28bn.",
                        "£28bn / £40bn = 0.70×, not 0.5× (\"halved\")"),
                arguments("Arrests fell by half, from 1,200 to 900.",
                        "900 / 1,200 = 0.75×, not 0.5× (\"fell by half\")"),
                arguments("Spending was cut by a third, from £9bn to £8bn.",
                        "£8bn / £9bn = 0.89×, not 0.67× (\"was cut by a third\")"),
                arguments("Output quadrupled from 25 to 60 tonnes.",
                        "60 / 25 = 2.4×, not 4× (\"quadrupled\")"),
                arguments("Bookings saw a fivefold rise from 2,000 to 6,000.",
                        "6,000 / 2,000 = 3.0×, not 5× (\"fivefold rise\")"),
                arguments("Sales more than doubled from 400 to 700.",
                        "700 / 400 = 1.8×, not more than 2× (\"more than doubled\")"),
                arguments("The chain now has 150 stores, twice as many as the 100 it had.",
                        "150 / 100 = 1.5×, not 2× (\"twice as many as\")"),
                arguments("The city recorded 900 cases, three times more than the 150 of 2022.",
                        "900 / 150 = 6.0×, not 3× or 4× (\"three times more than\")"),
                // Changes in per cent (US and UK spellings), in points and in numbers
                arguments("Sales rose by 25% from £3bn to £4.5bn.",
                        "(£4.5bn − £3bn) / £3bn = +50%, not +25% (\"rose by 25%\")"),
                arguments("Unemployment fell 12 per cent from 1,000 to 950.",
                        "(950 − 1,000) / 1,000 = −5%, not −12 per cent (\"fell 12 per cent\")"),
                arguments("Exports rose 12% from 1,250 to 1,100.",
                        "(1,100 − 1,250) / 1,250 = −12%, not +12% (\"rose 12%\")"),
                arguments("The price rose 10 percent to $1,320 from $1,000.",
                        "($1,320 − $1,000) / $1,000 = +32%, not +10 percent (\"rose 10 percent\")"),
                arguments("Bills rose 50pc from £1,000 to £1,200.",
                        "(£1,200 − £1,000) / £1,000 = +20%, not +50pc (\"rose 50pc\")"),
                arguments("Rents rose by 300 per cent from £100 to £300.",
                        "(£300 − £100) / £100 = +200%, not +300 per cent (\"rose by 300 per cent\")"),
                arguments("Prices have risen 60% since 2019, from $250 to $350.",
                        "($350 − $250) / $250 = +40%, not +60% (\"risen 60%\")"),
                arguments("Turnout rose from 1,200 to 1,500, an increase of 40%.",
                        "(1,500 − 1,200) / 1,200 = +25%, not +40% (\"an increase of 40%\")"),
                arguments("Deaths rose to 1,500 from 1,200, an increase of 50%.",
                        "(1,500 − 1,200) / 1,200 = +25%, not +50% (\"an increase of 50%\")"),
                arguments("Revenue was £4.5bn, up 20% from £4.2bn.",
                        "(£4.5bn − £4.2bn) / £4.2bn = +7.1%, not +20% (\"up 20%\")"),
                arguments("The county reported 1,500 overdoses, up 50 percent from 1,200 in 2021.",
                        "(1,500 − 1,200) / 1,200 = +25%, not +50 percent (\"up 50 percent\")"),
                arguments("Membership rose by 300 from 1,250 to 1,450.",
                        "1,450 − 1,250 = +200, not +300 (\"rose by 300\")"),
                arguments("Debt fell by £2bn from £12.5bn to £11.5bn.",
                        "£11.5bn − £12.5bn = −£1bn, not −£2bn (\"fell by £2bn\")"),
                arguments("Support fell 8 points from 45% to 41%.",
                        "41% − 45% = −4 points, not −8 points (\"fell 8 points\")"),
                arguments("Support rose 20% from 40% to 45%.",
                        "(45% − 40%) / 40% = +12.5% (+5 points), not +20% (\"rose 20%\")"),
                // A part as a share of a whole
                arguments("In all, 312 of the 1,250 students, or 30%, passed.",
                        "312 / 1,250 = 25%, not 30%"),
                arguments("Of the 1,250 students, 312, or 40%, passed.",
                        "312 / 1,250 = 25%, not 40%"),
                arguments("312 out of 1,250 respondents (one in three) said they would move.",
                        "312 / 1,250 = 25%, not one in three (33.3%)"),
                arguments("One in three students (312 of 1,250) failed the test.",
                        "312 / 1,250 = 25%, not One in three (33.3%)"),
                arguments("In Leeds, 412, or a quarter, of the 1,250 households were hit.",
                        "412 / 1,250 = 33%, not a quarter (25%)"),
                // Shares given as the whole
                arguments("The vote split 52% to 38%.",
                        "52% + 38% = 90%, not 100% (\"split\")"),
                arguments("52% voted yes and the remaining 38% voted no.",
                        "52% + 38% = 90%, not 100% (\"the remaining 38%\")"),
                arguments("Of those asked, 52% said yes, 38% said no and the remaining 15% were undecided.",
                        "52% + 38% + 15% = 105%, not 100% (\"the remaining 15%\")"),
                // A total and its parts
                arguments("There were a total of 120 arrests: 70 in Almaty and 40 in Astana.",
                        "70 + 40 = 110, not 120 (\"a total of 120\")"),
                arguments("Police made 120 arrests in total: 70 in Almaty and 40 in Astana.",
                        "70 + 40 = 110, not 120 (\"120 arrests in total\")"),
                arguments("Officials counted 70 in Almaty and 40 in Astana, a total of 120.",
                        "70 + 40 = 110, not 120 (\"a total of 120\")"),
                arguments("A total of 120 people were arrested: 70 on Monday and 60 on Tuesday.",
                        "70 + 60 = 130, not 120 (\"A total of 120\")"),
                arguments("The bill totalled £1.2m: £700,000 for staff and £400,000 for rent.",
                        "£700,000 + £400,000 = £1.1m, not £1.2m (\"totalled £1.2m\")"));
    }

    @ParameterizedTest
    @MethodSource("mismatches")
    void flagsArithmeticTheFiguresDoNotBearOut(String sentence, String message) {
        List<ArithmeticFlag> flags = flags(sentence);
        assertEquals(1, flags.size(), () -> sentence + " → " + flags);
        assertEquals(message, flags.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Within rounding: a multiple in words stands for a tenth either side of it, a figure for its
            // last written digit
            "Cases tripled from 368 to 1,100.",
            "Cases tripled from 368 to 1,200.",
            "There were 2,911 cases, nearly eight times the 368 of the year before.",
            "Membership rose 10% from 1,000 to 1,104.",
            "Sales rose by 50% from £3bn to £4.5bn.",
            "Revenue rose 12% to $1.12bn from $1bn.",
            "Visitors rose 20 per cent from 1.2m to 1.44m.",
            "Bills rose 20pc from £1,000 to £1,200.",
            "Unemployment fell by 5 per cent, from 1,000 to 950.",
            "The budget is £4.5bn, up 12% from £4bn.",
            "Prices have risen 40% since 2019, from $250 to $350.",
            "Arrests fell by half, from 1,200 to 610.",
            "Deaths rose by a third from 300 to 400.",
            "Sales more than doubled from 400 to 1,000.",
            "The firm has 4,000 staff, three times as many as the 1,300 at its rival.",
            "Flights doubled to 40 from 20.",
            "Deaths rose to 1,500 from 1,200, an increase of 25%.",
            "312 of the 1,250 students, or 25%, passed.",
            "Of 400 respondents, 100 said yes (25%).",
            "312 out of 1,250 respondents (one in four) said yes.",
            "Three in ten adults (312 of 1,040) said so.",
            "1 in 4 adults (250 of 1,000) said so.",
            "Police made a total of 120 arrests: 70 in Almaty and 50 in Astana.",
            "A total of 120 people were arrested: 70 men, 40 women and 10 children.",
            "52% voted yes, 38% voted no and the remaining 10% abstained.",
            "The vote split 52% to 48%.",
            "Turnout was 62%, with 52% voting yes and the remaining 48% no.",
            // Between two percentages a change in per cent may be meant relatively or in points
            "Support fell 4 points from 45% to 41%.",
            "Support fell 9% from 45% to 41%.",
            "Support rose 5% from 40% to 45%.",
            "Rates rose 0.25 percentage points to 5.25% from 5%.",
            "The EU's share fell to 30% from 45%, a drop of 15 points.",
            // No asserted relation: figures side by side are never compared
            "The attack killed 140 people and injured 368 more.",
            "In 2022 there were 368 cases; in 2023 there were 2,911.",
            "Polls indicate that 49 % in Kyrgyzstan and 43 % in Kazakhstan blame Russia.",
            "52% use Facebook, 38% Instagram and 30% TikTok.",
            "Interest rates are 5%, and the other 20% of loans are fixed.",
            "It has 20 stores, up from 10 a year ago.",
            "There were 1,200 deaths in 2023: 700 in the north and 400 in the south.",
            "The population of 1.5 million is twice that of the neighbouring city.",
            "Respondents were aged 18 to 24, and 60% of them said yes.",
            // Figures a relation cannot be read between: hedged, years, days, a scale word on one end only,
            // a rate per year that compounds
            "Cases tripled from about 368 to 2,911.",
            "Some 2,911 cases, tripled from 368 the year before.",
            "The company employs 300 people, twice the 2010 level.",
            "More than 300 of the 1,250 students, or 25%, passed.",
            "Exports rose 12% from 2019 to 2023.",
            "Rents rose 12% from January to March.",
            "Cases rose 12% from 1 March to 30 April.",
            "Turnover rose from £2 to £3bn, an increase of 50%.",
            "Sales increased by 50%, from 2 to 3 million.",
            "The number rose from 12 to 15 per cent.",
            "Prices rose 5% a year from 1,000 to 1,500 over a decade.",
            // Lists that are not the whole, figures that set the scene, pairs in an order not read
            "Police arrested 120 people, including 70 in Almaty and 40 in Astana.",
            "A total of 120 people were arrested: 70 men and 40 women, 12 of them minors.",
            "Of 300 staff, 70 in Almaty and 40 in Astana, a total of 110, were laid off.",
            "Sales rose 12% and 15% to 1,120 and 1,150 respectively.",
    })
    void staysQuietWhereTheArithmeticHoldsOrIsNotAsserted(String sentence) {
        assertEquals(List.of(), flags(sentence), sentence);
    }
}
