package nl.waakvlam.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Waakvlam field a column of the file can be linked to, on the clients table or the contacts
 * table; labels in {@code importField.*}. The header names listed with each field are the ones the
 * mapping page links by itself when no mapping for the file's columns was saved before (compared
 * without case, accents, spaces and punctuation).
 */
enum TargetField {

    CLIENT_REFERENCE(Kind.CLIENTS, false, "clientnummer", "clientnr", "nummer", "nr", "dossiernummer",
            "registratienummer", "reference", "clientreference", "id"),
    NAME(Kind.CLIENTS, true, "naam", "clientnaam", "volledigenaam", "name", "voornaam", "voornamen", "firstname"),
    LAST_NAME(Kind.CLIENTS, false, "achternaam", "familienaam", "lastname", "surname"),
    DATE_OF_BIRTH(Kind.CLIENTS, true, "geboortedatum", "geboren", "gebdatum", "geboortedat", "dateofbirth",
            "birthdate"),
    TRACK(Kind.CLIENTS, true, "uitvoeringsniveau", "track", "doelgroep", "niveau", "traject"),
    PHASE(Kind.CLIENTS, true, "fase", "laatstestatus", "status", "phase"),
    REFERRED_ON(Kind.CLIENTS, false, "aanmelddatum", "datumaanmelding", "aangemeldop", "momentvanaanmelding",
            "aanmelding",
            "referredon", "referraldate"),
    START_DATE(Kind.CLIENTS, true, "startdatum", "begindatum", "gestartop", "start", "startdate"),
    PHASE_SINCE(Kind.CLIENTS, false, "fasesinds", "infasesinds", "sinds", "phasesince"),
    COACH(Kind.CLIENTS, true, "lifecoach", "coach", "gebruikersnaamcoach", "coachusername"),
    REFERRING_ORGANISATION(Kind.CLIENTS, true, "aanmelder", "aanmeldendeorganisatie", "verwijzendeorganisatie",
            "verwijzer", "organisatie", "verwezendoor", "verwijzendeinstantie", "referringorganisation", "referrer"),

    CONTACT_CLIENT(Kind.CONTACTS, true, "clientnummer", "clientnr", "client", "nummer", "nr", "clientreference",
            "naam"),
    CONTACT_DATE(Kind.CONTACTS, true, "datum", "datumentijd", "date", "wanneer"),
    CONTACT_KIND(Kind.CONTACTS, true, "soortcontact", "soort", "contactvorm", "vorm", "kind", "type"),
    CONTACT_OUTCOME(Kind.CONTACTS, true, "resultaat", "uitkomst", "bereikt", "outcome"),
    CONTACT_DURATION(Kind.CONTACTS, false, "duur", "duurminuten", "minuten", "duration"),
    CONTACT_DOMAINS(Kind.CONTACTS, false, "leefgebieden", "leefgebied", "domeinen", "lifedomains"),
    CONTACT_NOTE(Kind.CONTACTS, false, "notitie", "werknotitie", "aantekening", "opmerking", "verslag", "note");

    /** The two tables an import reads. */
    enum Kind {
        CLIENTS, CONTACTS
    }

    private final Kind kind;
    private final boolean required;
    private final List<String> headerNames;

    TargetField(Kind kind, boolean required, String... headerNames) {
        this.kind = kind;
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    Kind kind() {
        return kind;
    }

    boolean required() {
        return required;
    }

    /** For templates: the message key of the label. */
    public String label() {
        return "importField." + name();
    }

    public boolean isRequired() {
        return required;
    }

    static List<TargetField> of(Kind kind) {
        return Arrays.stream(values()).filter(field -> field.kind == kind).toList();
    }

    /** Whether a header names this field exactly (0), by its start (1), or not at all (-1). */
    int likeness(String header) {
        String key = normalise(header);
        if (key.isEmpty()) {
            return -1;
        }
        if (headerNames.contains(key)) {
            return 0;
        }
        return headerNames.stream().anyMatch(name -> name.length() >= 4 && key.startsWith(name)) ? 1 : -1;
    }

    /** Lower case without accents, spaces or punctuation: "Cliëntnummer" and "clientnummer" are one. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
