package nl.waakvlam.security;

import java.time.Instant;

/** For tests outside this package: the code an authenticator app would show for a secret. */
public final class SecondFactorCodes {

    private SecondFactorCodes() {
    }

    public static String at(String secret, Instant at) {
        return TotpCodes.code(secret, at);
    }
}
