package nl.waakvlam.reference;

import nl.waakvlam.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the reference lists: add an item, rename it in Dutch and English, move it up or down,
 * deactivate or reactivate it. Nothing is ever deleted — contacts, goals, ended clients and declined
 * referrals keep pointing at their items — so an item that is no longer wanted is deactivated: it is
 * no longer offered, and old records keep showing its current name. Each change returns what it
 * changed (old and new value per field) and makes {@link ReferenceData} read the lists anew.
 * Auditing is the caller's: the settings module records every change in the same transaction.
 */
@Service
@Transactional
public class ReferenceLists {

    /** The longest name a list item may have (the narrowest name column). */
    public static final int NAME_LENGTH = 100;

    /** Codes fit {@code client.end_reason}, the narrowest code column. */
    private static final int CODE_LENGTH = 30;

    private final TrackRepository tracks;
    private final LifeDomainRepository domains;
    private final EndReasonRepository endReasons;
    private final DeclineReasonRepository declineReasons;
    private final ReferenceData referenceData;

    ReferenceLists(TrackRepository tracks, LifeDomainRepository domains, EndReasonRepository endReasons,
                   DeclineReasonRepository declineReasons, ReferenceData referenceData) {
        this.tracks = tracks;
        this.domains = domains;
        this.endReasons = endReasons;
        this.declineReasons = declineReasons;
        this.referenceData = referenceData;
    }

    /** Every list with all its items (inactive ones too) in their order, read fresh: one query per list. */
    @Transactional(readOnly = true)
    public Map<ReferenceList, List<ReferenceItem>> all() {
        Map<ReferenceList, List<ReferenceItem>> all = new EnumMap<>(ReferenceList.class);
        for (ReferenceList list : ReferenceList.values()) {
            all.put(list, repository(list).findAllByOrderBySortOrderAscIdAsc().stream().map(ReferenceItem::of)
                    .toList());
        }
        return all;
    }

    /** Adds an active item at the end of the list; its code is made from the English name. */
    public ReferenceChange add(ReferenceList list, String nameNl, String nameEn, boolean youth) {
        String nl = name(nameNl, "nameNl");
        String en = name(nameEn, "nameEn");
        List<ListItem> items = repository(list).findAllByOrderBySortOrderAscIdAsc();
        refuseDuplicate(items, null, nl, en);
        int sortOrder = items.stream().mapToInt(ListItem::getSortOrder).max().orElse(0) + 10;
        String code = codeFor(en, items.stream().map(ListItem::getCode).collect(Collectors.toSet()));
        ListItem item = switch (list) {
            case TRACKS -> new Track(code, nl, en, sortOrder, youth);
            case LIFE_DOMAINS -> new LifeDomain(code, nl, en, sortOrder);
            case END_REASONS -> new EndReason(code, nl, en, sortOrder);
            case DECLINE_REASONS -> new DeclineReason(code, nl, en, sortOrder);
        };
        item = repository(list).saveAndFlush(item);
        referenceData.refresh();
        List<ReferenceChange.Field> fields = new ArrayList<>();
        fields.add(new ReferenceChange.Field("name_nl", null, nl));
        fields.add(new ReferenceChange.Field("name_en", null, en));
        if (list == ReferenceList.TRACKS) {
            fields.add(new ReferenceChange.Field("youth", null, String.valueOf(youth)));
        }
        return new ReferenceChange(list, item.getId(), true, fields);
    }

    /** New names in Dutch and English; old records show the new name from the next request on. */
    public ReferenceChange rename(ReferenceList list, Long id, long seenVersion, String nameNl, String nameEn) {
        String nl = name(nameNl, "nameNl");
        String en = name(nameEn, "nameEn");
        List<ListItem> items = repository(list).findAllByOrderBySortOrderAscIdAsc();
        ListItem item = find(items, list, id, seenVersion);
        refuseDuplicate(items, item, nl, en);
        List<ReferenceChange.Field> fields = new ArrayList<>();
        if (!nl.equals(item.getNameNl())) {
            fields.add(new ReferenceChange.Field("name_nl", item.getNameNl(), nl));
        }
        if (!en.equals(item.getNameEn())) {
            fields.add(new ReferenceChange.Field("name_en", item.getNameEn(), en));
        }
        if (!fields.isEmpty()) {
            item.rename(nl, en);
            repository(list).flush();
            referenceData.refresh();
        }
        return new ReferenceChange(list, id, false, fields);
    }

    /** Swaps the item with its neighbour above ({@code up}) or below; at either end nothing changes. */
    public ReferenceChange move(ReferenceList list, Long id, long seenVersion, boolean up) {
        List<ListItem> items = new ArrayList<>(repository(list).findAllByOrderBySortOrderAscIdAsc());
        ListItem item = find(items, list, id, seenVersion);
        int from = items.indexOf(item);
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= items.size()) {
            return new ReferenceChange(list, id, false, List.of());
        }
        ListItem neighbour = items.get(to);
        if (neighbour.getSortOrder() != item.getSortOrder()) {
            int place = item.getSortOrder();
            item.placeAt(neighbour.getSortOrder());
            neighbour.placeAt(place);
        } else {
            // equal places (never from this page): number the whole list anew in its present order
            items.set(from, neighbour);
            items.set(to, item);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getSortOrder() != (i + 1) * 10) {
                    items.get(i).placeAt((i + 1) * 10);
                }
            }
        }
        repository(list).flush();
        referenceData.refresh();
        return new ReferenceChange(list, id, false,
                List.of(new ReferenceChange.Field("position", String.valueOf(from + 1), String.valueOf(to + 1))));
    }

    /**
     * Deactivates (no longer offered; old records keep it) or reactivates an item. The last active item
     * of a list stays: a referral needs a track, an ending needs a reason.
     */
    public ReferenceChange setActive(ReferenceList list, Long id, long seenVersion, boolean active) {
        List<ListItem> items = repository(list).findAllByOrderBySortOrderAscIdAsc();
        ListItem item = find(items, list, id, seenVersion);
        if (item.isActive() == active) {
            return new ReferenceChange(list, id, false, List.of());
        }
        if (!active && items.stream().filter(ListItem::isActive).count() == 1) {
            throw new ReferenceListException(null, "settings.list.lastActive");
        }
        if (active) {
            item.reactivate();
        } else {
            item.deactivate();
        }
        repository(list).flush();
        referenceData.refresh();
        return new ReferenceChange(list, id, false,
                List.of(new ReferenceChange.Field("active", String.valueOf(!active), String.valueOf(active))));
    }

    private static ListItem find(List<ListItem> items, ReferenceList list, Long id, long seenVersion) {
        ListItem item = items.stream().filter(i -> i.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException(list.entity()));
        if (item.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(item.getClass(), id);
        }
        return item;
    }

    private static String name(String name, String field) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
            throw new ReferenceListException(field, "settings.list.nameRequired");
        }
        return stripped;
    }

    /** Two items with the same name would be indistinguishable in a select or on a record. */
    private static void refuseDuplicate(List<ListItem> items, ListItem self, String nl, String en) {
        for (ListItem other : items) {
            if (other == self) {
                continue;
            }
            if (other.getNameNl().equalsIgnoreCase(nl)) {
                throw new ReferenceListException("nameNl", "settings.list.duplicateName");
            }
            if (other.getNameEn().equalsIgnoreCase(en)) {
                throw new ReferenceListException("nameEn", "settings.list.duplicateName");
            }
        }
    }

    /** A code from the English name ("Lost contact" → {@code LOST_CONTACT}), unique within the list. */
    static String codeFor(String nameEn, Set<String> taken) {
        String base = Normalizer.normalize(nameEn, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "ITEM";
        }
        base = base.substring(0, Math.min(base.length(), CODE_LENGTH - 4)).replaceAll("_+$", "");
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    @SuppressWarnings("unchecked")
    private ListItemRepository<ListItem> repository(ReferenceList list) {
        ListItemRepository<? extends ListItem> repository = switch (list) {
            case TRACKS -> tracks;
            case LIFE_DOMAINS -> domains;
            case END_REASONS -> endReasons;
            case DECLINE_REASONS -> declineReasons;
        };
        return (ListItemRepository<ListItem>) repository;
    }
}
