package nl.waakvlam.client;

import nl.waakvlam.shared.Dates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

import java.beans.Introspector;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Turns a {@link LifecycleException} into a form error whose arguments are translated too: an
 * enum argument becomes the label key {@code <enumType>.<VALUE>} ({@code phase.INTENSIVE}).
 */
public final class LocalisedErrors {

    private LocalisedErrors() {
    }

    public static void reject(BindingResult result, LifecycleException e) {
        result.reject(e.messageKey(), localisable(e.arguments()), e.messageKey());
    }

    static void rejectField(BindingResult result, String field, LifecycleException e) {
        result.rejectValue(field, e.messageKey(), localisable(e.arguments()), e.messageKey());
    }

    public static Object[] localisable(Object[] arguments) {
        return Arrays.stream(arguments).map(argument -> {
            if (argument instanceof Enum<?> value) {
                String type = Introspector.decapitalize(value.getDeclaringClass().getSimpleName());
                return new DefaultMessageSourceResolvable(type + "." + value.name());
            }
            if (argument instanceof LocalDate date) {
                return Dates.date(date, LocaleContextHolder.getLocale());
            }
            return argument;
        }).toArray();
    }
}
