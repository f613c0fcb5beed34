package nl.waakvlam.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Text from a request may not carry control characters (a NUL byte, escape sequences, …) apart
 * from tab and line breaks: nobody types them, PostgreSQL refuses a NUL byte in text, and they would
 * travel into reports and exports. Binding such a value fails like any other malformed input: a
 * form field gets the translated {@code typeMismatch.java.lang.String} message next to it and the
 * form comes back with what was typed; a query or request parameter answers 400.
 */
@ControllerAdvice
class TextInputAdvice {

    static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && CONTROL_CHARACTERS.matcher(text).find()) {
                    throw new IllegalArgumentException("control character in text input");
                }
                setValue(text);
            }
        });
    }
}
