package nl.waakvlam.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client on the coach's today list with every reason it is there, most urgent first. The
 * list shows each client once; each reason carries its own action.
 */
public record TodayRow(Long clientId, String clientName, int urgency, List<AttentionItem> reasons) {

    /** Rows in the order of their most urgent reason, reasons grouped under their client. */
    static List<TodayRow> group(List<AttentionItem> sortedItems) {
        Map<Long, List<AttentionItem>> byClient = new LinkedHashMap<>();
        for (AttentionItem item : sortedItems) {
            byClient.computeIfAbsent(item.clientId(), id -> new ArrayList<>()).add(item);
        }
        return byClient.values().stream()
                .map(items -> new TodayRow(items.get(0).clientId(), items.get(0).clientName(), items.get(0).urgency(),
                        List.copyOf(items)))
                .toList();
    }
}
