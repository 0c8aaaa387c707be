package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643: 17 digits, a mod-11 check character, a real birth date, the 17th digit's parity for gender. */
class CitizenIdNumbersTest {

    /** The standard's worked example and an X-terminated one, both invented people. */
    private static final String VALID = "11010519491231002X";
    private static final String VALID_MALE = "320412198504120013";

    @Test
    void theCheckCharacterIsTheWeightedSumModEleven() {
        assertEquals('X', CitizenIdNumbers.checkCharacter(VALID.substring(0, 17)));
        assertEquals('3', CitizenIdNumbers.checkCharacter("32041219850412001"));
        assertEquals('1', CitizenIdNumbers.checkCharacter("00000000000000000"), "sum 0 gives the first character");
        assertEquals('5', CitizenIdNumbers.checkCharacter("10000000000000000"), "weight 7 of the first digit: the eighth character");
    }

    @Test
    void aValidNumberHasNoProblem() {
        assertNull(CitizenIdNumbers.problem(VALID));
        assertNull(CitizenIdNumbers.problem(VALID_MALE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002XX", "11010519491231002x", "A1010519491231002X",
            "110105194912310 2X"})
    void theShapeIsSeventeenDigitsAndADigitOrX(String id) {
        assertEquals("must be 18 characters: 17 digits and a digit or X", CitizenIdNumbers.problem(id));
    }

    @Test
    void aMissingNumberIsAShapeProblem() {
        assertEquals("must be 18 characters: 17 digits and a digit or X", CitizenIdNumbers.problem(null));
    }

    @Test
    void aWrongCheckCharacterIsNamedWithoutEchoingTheNumber() {
        String problem = CitizenIdNumbers.problem("110105194912310021");
        assertEquals("has a wrong check character (GB 11643)", problem);
        assertFalse(problem.contains("1949"));
    }

    @Test
    void theBirthDateMustBeARealDay() {
        String first17 = "11010519490230002"; // 30 February
        assertEquals("contains no valid birth date", CitizenIdNumbers.problem(first17 + CitizenIdNumbers.checkCharacter(first17)));
        String leap = "11010520000229002";
        assertNull(CitizenIdNumbers.problem(leap + CitizenIdNumbers.checkCharacter(leap)), "29 February of a leap year");
        String notLeap = "11010519000229002";
        assertEquals("contains no valid birth date", CitizenIdNumbers.problem(notLeap + CitizenIdNumbers.checkCharacter(notLeap)));
    }

    @Test
    void theBirthDateAndGenderAreReadFromTheNumber() {
        assertEquals(LocalDate.of(1949, 12, 31), CitizenIdNumbers.birthDate(VALID));
        assertEquals(Gender.FEMALE, CitizenIdNumbers.gender(VALID));
        assertEquals(Gender.MALE, CitizenIdNumbers.gender(VALID_MALE));
        assertNull(CitizenIdNumbers.birthDate("110105194913310020"));
    }

    @Test
    void normalisingTrimsAndUpperCasesTheX() {
        assertEquals(VALID, CitizenIdNumbers.normalize("  11010519491231002x "));
        assertNull(CitizenIdNumbers.normalize(null));
    }

    @Test
    void aMaskShowsOnlyTheLastTwoSoNeitherRegionNorBirthDateCanBeRead() {
        assertEquals("****************2X", CitizenIdNumbers.mask(VALID));
        assertEquals("**********90", CitizenIdNumbers.mask("123456997890"));
        assertEquals("*******89", CitizenIdNumbers.mask("123456789"), "nine characters: two still shown");
        assertEquals("********", CitizenIdNumbers.mask("12345678"), "eight or fewer: two shown would say too much");
        assertEquals("", CitizenIdNumbers.mask(""));
        assertNull(CitizenIdNumbers.mask(null));
    }
}
