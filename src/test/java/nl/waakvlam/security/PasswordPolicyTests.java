package nl.waakvlam.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAListOfAtLeastAHundredThousandCommonPasswords() {
        assertThat(policy.listSize()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void refusesShortCommonAndOwnNamePasswordsButNoCompositionRules() {
        assertThat(policy.problem("kort", "anna")).contains("password.tooShort");
        assertThat(policy.problem("elfletters!", "anna")).contains("password.tooShort");
        // well known from breaches, in any case
        assertThat(policy.problem("1qaz2wsx3edc", "anna")).contains("password.common");
        assertThat(policy.problem("1QAZ2WSX3EDC", "anna")).contains("password.common");
        assertThat(policy.problem("anna.de.vries", "Anna.de.Vries")).contains("password.isUsername");
        assertThat(policy.problem("x".repeat(201), "anna")).contains("password.tooLong");
        // only lower-case letters and spaces, no digits or symbols: fine when long and uncommon
        assertThat(policy.problem("de fiets staat bij de molen", "anna")).isEmpty();
    }
}
