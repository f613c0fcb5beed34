package nl.waakvlam.reference;

import nl.waakvlam.shared.Bilingual;

import java.util.Locale;

/** Read model of a track with its name in both languages. */
public record TrackSummary(Long id, String code, String nameNl, String nameEn, boolean youth) {

    static TrackSummary of(Track track) {
        return new TrackSummary(track.getId(), track.getCode(), track.getNameNl(), track.getNameEn(), track.isYouth());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameNl, nameEn);
    }
}
