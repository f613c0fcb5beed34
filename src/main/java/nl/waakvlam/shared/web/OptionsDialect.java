package nl.waakvlam.shared.web;

import nl.waakvlam.shared.Choice;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code wv:options} writes a select's options from a list in one step:
 *
 * <pre>{@code
 * <select name="lifeDomainId" wv:options="${domains}" wv:option-selected="${chosen}">
 *   <option value="">All</option>
 * </select>
 * <select name="status" wv:options="${statuses}" wv:option-labels="'goalStatus.'" wv:option-selected="${goal.status()}">
 * </select>
 * }</pre>
 *
 * <p>An item is a {@link Choice} (its value and its label in the page's language) or an enum (its
 * name, labelled by the message whose key is {@code wv:option-labels} followed by the name). The
 * option whose value is that of {@code wv:option-selected} (an enum's name, a number's digits, a
 * string) is selected. The options come after those already in the select; value and label are
 * escaped as {@code th:value} and {@code th:text} escape them.
 *
 * <p>Why not {@code th:each} on the option: Thymeleaf replays the option's markup through its whole
 * processing chain for every item and evaluates three or four expressions each time. A client file
 * has some 150 options (five life-domain lists of seventeen, statuses, organisations); written that
 * way they took about a tenth of the file's CPU time (docs/performance.md, sixth round). Here a select costs its two or three expressions,
 * whatever its length.
 */
@Component
class OptionsDialect extends AbstractProcessorDialect {

    static final String PREFIX = "wv";

    OptionsDialect() {
        super("Waakvlam options", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new OptionsProcessor(dialectPrefix));
    }

    static final class OptionsProcessor extends AbstractAttributeModelProcessor {

        OptionsProcessor(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, "select", false, "options", true,
                    StandardDialect.PROCESSOR_PRECEDENCE, false); // removes its attributes itself, with the others
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName,
                                 String attributeValue, IElementModelStructureHandler structureHandler) {
            IProcessableElementTag select = (IProcessableElementTag) model.get(0);
            String labels = select.hasAttribute(PREFIX, "option-labels")
                    ? String.valueOf(evaluate(context, select.getAttributeValue(PREFIX, "option-labels"))) : null;
            String selected = select.hasAttribute(PREFIX, "option-selected")
                    ? valueOf(evaluate(context, select.getAttributeValue(PREFIX, "option-selected"))) : null;
            IModelFactory factory = context.getModelFactory();
            IProcessableElementTag cleaned = factory.removeAttribute(select, attributeName);
            cleaned = factory.removeAttribute(cleaned, PREFIX, "option-labels");
            cleaned = factory.removeAttribute(cleaned, PREFIX, "option-selected");
            model.replace(0, cleaned);

            Locale locale = context.getLocale();
            int at = model.size() - 1; // before the select's closing tag
            for (Object item : items(evaluate(context, attributeValue))) {
                String value = valueOf(item);
                String label;
                if (item instanceof Choice choice) {
                    label = choice.choiceLabel(locale);
                } else if (item instanceof Enum<?> && labels != null) {
                    label = context.getMessage(OptionsDialect.class, labels + value, null, true);
                } else {
                    throw new TemplateProcessingException("wv:options offers Choices, or enums with wv:option-labels, not "
                            + item.getClass().getName());
                }
                Map<String, String> attributes = new LinkedHashMap<>(2);
                attributes.put("value", escape(value));
                if (value.equals(selected)) {
                    attributes.put("selected", "selected");
                }
                model.insert(at++, factory.createOpenElementTag("option", attributes, AttributeValueQuotes.DOUBLE, false));
                model.insert(at++, factory.createText(escape(label)));
                model.insert(at++, factory.createCloseElementTag("option"));
            }
        }

        private static Object evaluate(ITemplateContext context, String expression) {
            return StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, expression).execute(context);
        }

        /** What the form sends for an item: an enum's name, a choice's value, otherwise its text; null stays null. */
        private static String valueOf(Object item) {
            if (item == null) {
                return null;
            }
            if (item instanceof Enum<?> constant) {
                return constant.name();
            }
            if (item instanceof Choice choice) {
                return choice.choiceValue();
            }
            return item.toString();
        }

        private static Iterable<?> items(Object list) {
            if (list == null) {
                return Collections.emptyList();
            }
            if (list instanceof Iterable<?> iterable) {
                return iterable;
            }
            if (list instanceof Object[] array) {
                return Arrays.asList(array);
            }
            throw new TemplateProcessingException("wv:options needs a list or an array, not " + list.getClass().getName());
        }

        private static String escape(String value) {
            return HtmlEscape.escapeHtml4Xml(value);
        }
    }
}
