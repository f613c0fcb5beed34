package nl.waakvlam.shared.web;

import nl.waakvlam.shared.Dates;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/**
 * Objects every template reaches with {@code #}: {@code #display} writes dates ({@link Dates}).
 * <p>
 * Why not the bean, {@code @dates}: SpEL never compiles a bean reference, so every call went through
 * the interpreter and reflection — on a client file with forty dates, a twentieth of its rendering.
 * An expression object is an ordinary variable to SpEL, and its calls are compiled.
 */
@Component
class TemplateObjects extends AbstractDialect implements IExpressionObjectDialect {

    static final String DISPLAY = "display";

    private final Dates dates = new Dates();

    TemplateObjects() {
        super("waakvlam");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(DISPLAY);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return DISPLAY.equals(expressionObjectName) ? dates : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
