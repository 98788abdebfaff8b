package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

    private static List<Quantity> parse(String text) {
        List<Quantity> found = new QuantityParser().parse(new Tokenizer().tokenize(text, 0, text.length()));
        for (Quantity q : found) {
            assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets must match text");
        }
        return found;
    }

    private static Quantity only(String text) {
        List<Quantity> found = parse(text);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static void assertQuantity(String text, String value, String unit, String qualifier) {
        Quantity q = only(text);
        assertEquals(value, q.value(), text);
        assertEquals(unit, q.unit(), text);
        assertEquals(qualifier, q.qualifier(), text);
    }

    @Test
    void readsCountsWithTheirPeopleNoun() {
        assertQuantity("The attack killed 140 people on Friday.", "140", "people", null);
        assertQuantity("Police held four suspected militants.", "4", "people", null);
        assertQuantity("The army sent 2,500 soldiers.", "2500", "people", null);
        assertQuantity("Ships carried 5 tonnes of grain.", "5", "tonnes", null);
    }

    @Test
    void appliesScaleWords() {
        assertQuantity("There are an estimated 10 million workers there.", "10000000", "people", "an estimated");
        assertQuantity("It exported 3 billion barrels.", "3000000000", "barrels", null);
        assertQuantity("Sales reached 1.2bn units.", "1200000000", "units", null);
    }

    @Test
    void readsPercentagesInEveryCommonSpelling() {
        for (String text : List.of("Turnout was 49 % overall.", "Turnout was 49% overall.",
                "Turnout was 49 per cent overall.", "Turnout was 49 percent overall.")) {
            assertQuantity(text, "49", "percent", null);
        }
        assertQuantity("Prices rose more than 40% in a year.", "40", "percent", "more than");
        assertQuantity("Inflation fell 3.5 percent.", "3.5", "percent", null);
    }

    @Test
    void readsMoneyWithCurrencyAndScale() {
        assertQuantity("Damage reached $3.2 billion.", "3200000000", "USD", null);
        assertQuantity("The fund raised US$5m last year.", "5000000", "USD", null);
        assertQuantity("The club paid €40m for him.", "40000000", "EUR", null);
        assertQuantity("A ticket costs £5 now.", "5", "GBP", null);
        assertQuantity("They spent about 300 euros.", "300", "EUR", "about");
    }

    @Test
    void readsDatesAsIsoValues() {
        assertQuantity("It happened in March 2024 downtown.", "2024-03", "date", null);
        assertQuantity("Talks failed in June 2022.", "2022-06", "date", null);
        assertQuantity("It opened on March 5, 2024.", "2024-03-05", "date", null);
        assertQuantity("It opened on 5 March 2024.", "2024-03-05", "date", null);
        assertQuantity("The war of 2008 was short.", "2008", "date", null);
        assertQuantity("Prices peaked in the 1990s.", "1990s", "date", null);
    }

    @Test
    void readsBareNumbersAsYearsOnlyInYearContext() {
        assertQuantity("Since 2014 the border has been closed.", "2014", "date", null);
        assertQuantity("The town has 2000 residents.", "2000", "people", null);
        assertQuantity("In total, 2020 people signed.", "2020", "people", null);
    }

    @Test
    void readsNumberWordsOnlyBeforeANoun() {
        assertQuantity("A dozen people were hurt.", "12", "people", null);
        assertQuantity("Nearly twenty-five migrants drowned.", "25", "people", "nearly");
        assertQuantity("Two million voters stayed home.", "2000000", "people", null);
        assertEquals(List.of(), parse("One was the rejection of the plan."));
        assertEquals(List.of(), parse("It was one of the worst days."));
    }

    @Test
    void leavesVagueAmountsWithoutValue() {
        Quantity q = only("They took in hundreds of Russian residents.");
        assertNull(q.value());
        assertEquals("people", q.unit());
        Quantity tens = only("Tens of thousands of protesters marched.");
        assertNull(tens.value());
        assertEquals("people", tens.unit());
    }

    @Test
    void recognisesQualifiers() {
        assertQuantity("At least 12 people died.", "12", "people", "at least");
        assertQuantity("Fewer than 300 workers remain.", "300", "people", "fewer than");
        assertQuantity("It took almost 3 hours.", "3", "hours", "almost");
        assertQuantity("It cost up to $7 each.", "7", "USD", "up to");
        assertQuantity("There were around 50 guards.", "50", "people", "around");
        assertQuantity("It housed over 900 refugees.", "900", "people", "over");
        assertQuantity("Prices rose by as much as 40% last year.", "40", "percent", "as much as");
        assertQuantity("As many as 200 homes flooded.", "200", "homes", "as many as");
    }

    @Test
    void ignoresIdentifiersOrdinalsAndTimes() {
        assertEquals(List.of(), parse("COVID-19 reached the G7 on the 2nd day at 10:30 and again at 5 p.m. today."));
    }

    @Test
    void ignoresAbsurdlyLongDigitRuns() {
        String digits = "9".repeat(5_000);
        assertTrue(parse("Value " + digits + " here.").isEmpty());
    }

    private static Quantity range(String text, String value, String upper, String unit) {
        Quantity q = only(text);
        assertEquals(value, q.value(), text);
        assertEquals(upper, q.upperValue(), text);
        assertEquals(unit, q.unit(), text);
        return q;
    }

    @Test
    void readsRangesWithTheirSharedUnit() {
        range("Between 10 and 20 minutes a day helped.", "10", "20", "minutes");
        range("Police detained 10-20 people there.", "10", "20", "people");
        range("The rate is 5.25%-5.5% now.", "5.25", "5.5", "percent");
        range("It will cost $1-2 billion.", "1000000000", "2000000000", "USD");
        range("Estimates ranged from 3 to 4 million workers.".replace("from ", ""), "3000000", "4000000", "people");
        assertEquals("between 200,000 and 230,000", range("Claims stayed between 200,000 and 230,000 since May.",
                "200000", "230000", null).text());
    }

    @Test
    void readsSpansOfYearsAsDateRanges() {
        range("The drought of 2014–2016 was severe.", "2014", "2016", "date");
        range("The drought of 2014-16 was severe.", "2014", "2016", "date");
        range("They wore trackers between 2013 and 2015.", "2013", "2015", "date");
        range("Prices were flat from 2014 to 2016.", "2014", "2016", "date");
    }

    @Test
    void keepsScoresTalliesAndChangesAsSeparateNumbers() {
        assertTrue(parse("The Senate voted 70-29 on Tuesday.").stream().noneMatch(q -> q.upperValue() != null));
        List<Quantity> change = parse("Inflation rose from 5% to 7% in a year.");
        assertEquals(2, change.size(), change.toString());
        assertTrue(change.stream().noneMatch(q -> q.upperValue() != null));
    }

    @Test
    void countsPartyAndNationalityPluralsAsPeople() {
        assertQuantity("Some 22 Republicans joined them.", "22", "people", "some");
        assertQuantity("Two Republican lawmakers objected.", "2", "people", null);
        assertQuantity("The study enrolled 866 participants.", "866", "people", null);
        assertQuantity("About 4,000 Kazakhs left.", "4000", "people", "about");
    }

    @Test
    void readsPercentagePointsAsTheirOwnUnit() {
        assertQuantity("Participation rose 0.2 percentage points.", "0.2", "percentage points", null);
        assertQuantity("Support fell 49 per cent overall.", "49", "percent", null);
    }

    @Test
    void readsRatiosAsTheShareTheyState() {
        assertQuantity("One in four parents skips breakfast.", "0.25", "ratio", null);
        assertQuantity("It affects 1 in 8 children.", "0.125", "ratio", null);
        assertQuantity("The disease strikes one in every 100,000 births.", "0.00001", "ratio", null);
    }

    @Test
    void readsFractionsWhereAFractionReadsNaturally() {
        assertQuantity("Two thirds of voters backed the plan.", "0.6667", "fraction", null);
        assertQuantity("Nearly two-thirds of homes were flooded.", "0.6667", "fraction", "nearly");
        assertQuantity("About half of the staff left.", "0.5", "fraction", "about");
        assertQuantity("More than a quarter of the budget went on salaries.", "0.25", "fraction", "more than");
        assertQuantity("Prices rose three-tenths of a percent.", "0.3", "percent", null);
        assertEquals(List.of(), parse("The referee stopped play at half-time."));
        assertEquals(List.of(), parse("They reached the quarter-final."));
    }

    @Test
    void readsQuartersAndHalvesOfAYearAsDates() {
        assertQuantity("Sales grew in the second quarter of 2004.", "2004-04/2004-06", "date", null);
        assertQuantity("Prices fell in the first half of 2024.", "2024-01/2024-06", "date", null);
    }

    @Test
    void readsAYearBeforeASingularNounAsADate() {
        assertQuantity("A 2023 poll found broad support.", "2023", "date", null);
        assertQuantity("Exports fell compared with 2023.", "2023", "date", null);
    }

    @Test
    void readsNumbersWrittenAsHyphenatedWords() {
        assertQuantity("Scientists have named eleven-thousand kinds of beetle.", "11000", "kinds", null);
        assertQuantity("The war caused fifty-six-million deaths.", "56000000", "deaths", null);
        assertQuantity("The bridge is eight-hundred metres long.", "800", "metres", null);
        assertEquals(List.of(), parse("The anti-war rally went ahead."));
    }

    @Test
    void readsHundredsWrittenInWords() {
        assertQuantity("The library holds one hundred books.", "100", "books", null);
        assertQuantity("The bridge stood for two hundred years.", "200", "years", null);
    }
}
