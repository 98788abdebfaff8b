package factcheck.arithmetic;

/** The kinds of arithmetic a text can assert between the figures it states. */
public enum Relation {
    /** "tripled from 368 to 2,911", "twice as many as", "fell by half". */
    MULTIPLE,
    /** "rose 12 % from 1,000 to 1,120", "fell 5 points from 40 % to 35 %". */
    PERCENT_CHANGE,
    /** "rose by 500 from 1,000 to 1,500". */
    DIFFERENCE,
    /** "312 of 1,250, or 25 %", "312 out of 1,250 (one in four)". */
    SHARE,
    /** Shares given as the whole: "52 % yes, 38 % no and the remaining 10 %", "split 52 % to 48 %". */
    BREAKDOWN,
    /** "a total of 120: 70 in A and 50 in B". */
    TOTAL
}
