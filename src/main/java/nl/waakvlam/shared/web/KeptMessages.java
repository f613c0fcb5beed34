package nl.waakvlam.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's messages without arguments, kept per language once looked up.
 * <p>
 * Why: a page writes a few hundred labels ({@code #{contactType.PHONE}}), and each went through
 * the message source's bundle chain (the locale's bundle, its parents, the code's presence, then
 * its value). The bundles do not change while the application runs, so a label found once is the
 * same label ever after. Messages with arguments, and codes without a message, still go to the
 * message source. Only the languages the application speaks are kept: the locale comes from the
 * request ({@code ?lang=}), and any other language or country would otherwise grow the map without end.
 */
final class KeptMessages implements MessageSource {

    /** The languages of the bundles ({@code messages.properties} is Dutch); the bundles are per language, not country. */
    private static final Set<String> SPOKEN = Set.of("nl", "en");

    private final MessageSource messages;
    private final Map<String, Map<String, String>> found = new ConcurrentHashMap<>();

    KeptMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        String kept = kept(code, args, locale);
        return kept != null ? kept : messages.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        String kept = kept(code, args, locale);
        return kept != null ? kept : messages.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return messages.getMessage(resolvable, locale);
    }

    /**
     * The message of {@code code} as the message source gives it without arguments, or null when it has
     * none, when there are arguments, or for a language the application does not speak.
     */
    private String kept(String code, Object[] args, Locale locale) {
        if (args != null && args.length > 0 || code == null || locale == null
                || !SPOKEN.contains(locale.getLanguage())) {
            return null;
        }
        Map<String, String> language = found.computeIfAbsent(locale.getLanguage(), l -> new ConcurrentHashMap<>());
        String message = language.get(code);
        if (message == null) {
            // only codes that have a message are kept: the bundles bound the map, whatever a page asks
            message = messages.getMessage(code, null, null, locale);
            if (message != null) {
                language.put(code, message);
            }
        }
        return message;
    }
}
