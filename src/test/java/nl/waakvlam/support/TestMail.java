package nl.waakvlam.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server (GreenMail) of the tests that send mail. Each test JVM gets a port of its own
 * ({@code waakvlam.test.smtp-port}, set per fork in the build), so that parallel forks never
 * receive each other's mail; the mail settings name the same port.
 */
public final class TestMail {

    public static final String PORT_PROPERTY = "waakvlam.test.smtp-port";

    /** For {@code @TestPropertySource}: the application sends to this JVM's GreenMail. */
    public static final String MAIL_PORT = "spring.mail.port=${" + PORT_PROPERTY + ":3025}";

    public static final ServerSetup SMTP = new ServerSetup(Integer.getInteger(PORT_PROPERTY, 3025), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP);

    private TestMail() {
    }
}
