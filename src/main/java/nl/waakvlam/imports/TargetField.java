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
    PHONE(Kind.CLIENTS, false, "telefoon", "telefoonnummer", "tel", "mobiel", "06", "phone"),
    EMAIL(Kind.CLIENTS, false, "email", "emailadres", "mail", "mailadres"),
    ADDRESS(Kind.CLIENTS, false, "adres", "woonadres", "address"),
    REMARK(Kind.CLIENTS, false, "opmerking", "opmerkingen", "bijzonderheden", "toelichting", "remark", "remarks"),
    MEASURED_ON(Kind.CLIENTS, false, "meetdatum", "datummeting", "gemetenop", "datumzrm", "zrmdatum"),
    SCORE_SCALE(Kind.CLIENTS, new Score("SCALE", null), "schaalvraag", "schaal", "rapportcijfer", "cijfer"),
    SCORE_LADDER(Kind.CLIENTS, new Score("PARTICIPATION_LADDER", null), "participatieladder", "pladder", "ladder"),
    ZRM_FINANCES(Kind.CLIENTS, new Score("ZRM", "FINANCES"), "zrmfinancien", "zrmfinancieen", "zrmfin"),
    ZRM_WORK_EDUCATION(Kind.CLIENTS, new Score("ZRM", "WORK_EDUCATION"), "zrmwerkopleiding", "zrmwerkenopleiding",
            "zrmwerk", "zrmdagbesteding"),
    ZRM_TIME_USE(Kind.CLIENTS, new Score("ZRM", "TIME_USE"), "zrmtijdsbesteding"),
    ZRM_HOUSING(Kind.CLIENTS, new Score("ZRM", "HOUSING"), "zrmhuisvesting", "zrmwonen"),
    ZRM_DOMESTIC_RELATIONS(Kind.CLIENTS, new Score("ZRM", "DOMESTIC_RELATIONS"), "zrmhuiselijkerelaties"),
    ZRM_MENTAL_HEALTH(Kind.CLIENTS, new Score("ZRM", "MENTAL_HEALTH"), "zrmgeestelijkegezondheid"),
    ZRM_PHYSICAL_HEALTH(Kind.CLIENTS, new Score("ZRM", "PHYSICAL_HEALTH"), "zrmlichamelijkegezondheid"),
    ZRM_SUBSTANCE_USE(Kind.CLIENTS, new Score("ZRM", "SUBSTANCE_USE"), "zrmmiddelengebruik", "zrmverslaving"),
    ZRM_BASIC_ADL(Kind.CLIENTS, new Score("ZRM", "BASIC_ADL"), "zrmbasaleadl", "zrmadl"),
    ZRM_INSTRUMENTAL_ADL(Kind.CLIENTS, new Score("ZRM", "INSTRUMENTAL_ADL"), "zrminstrumenteleadl", "zrmiadl"),
    ZRM_SOCIAL_NETWORK(Kind.CLIENTS, new Score("ZRM", "SOCIAL_NETWORK"), "zrmsociaalnetwerk", "zrmnetwerk"),
    ZRM_PARTICIPATION(Kind.CLIENTS, new Score("ZRM", "PARTICIPATION"), "zrmmaatschappelijkeparticipatie",
            "zrmparticipatie"),
    ZRM_JUSTICE(Kind.CLIENTS, new Score("ZRM", "JUSTICE"), "zrmjustitie"),

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
    private final String instrument;
    private final String domain;
    private final List<String> headerNames;

    TargetField(Kind kind, boolean required, String... headerNames) {
        this.kind = kind;
        this.required = required;
        this.instrument = null;
        this.domain = null;
        this.headerNames = List.of(headerNames);
    }

    /** A score of one of the programme's instruments: never required. */
    TargetField(Kind kind, Score score, String... headerNames) {
        this.kind = kind;
        this.required = false;
        this.instrument = score.instrument();
        this.domain = score.domain();
        this.headerNames = List.of(headerNames);
    }

    /** Which score a column holds: the instrument's code and, for the ZRM, the domain's. */
    record Score(String instrument, String domain) {
    }

    /** The instrument code of a score field (SCALE, PARTICIPATION_LADDER, ZRM), else null. */
    String instrument() {
        return instrument;
    }

    /** The ZRM domain code of a ZRM score field, else null. */
    String domain() {
        return domain;
    }

    /** The score fields, in the order the mapping page shows them. */
    static List<TargetField> scores() {
        return Arrays.stream(values()).filter(field -> field.instrument != null).toList();
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
