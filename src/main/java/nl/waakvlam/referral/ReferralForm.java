package nl.waakvlam.referral;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.waakvlam.client.ClientIdentity;
import nl.waakvlam.client.ClientProfile;
import nl.waakvlam.client.ContactChannel;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The referral form ({@code /referrals/new}); never bound to an entity. */
class ReferralForm {

    /** Only when the project leader enters a referral on behalf of a referrer. */
    private Long referrerId;

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    @NotNull
    @Past
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;

    @Size(max = 40)
    @Pattern(regexp = "^$|^[0-9+() -]{6,40}$")
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 300)
    private String address;

    private ContactChannel preferredChannel;

    @Size(max = 300)
    private String livingSituation;

    @NotNull
    private Long trackId;

    @Min(1)
    @Max(3)
    private Integer intakeCategory;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedSchoolLeavingDate;

    @Size(max = 200)
    private String indication;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    @Size(max = 2000)
    private String knownIssues;

    @NotNull
    private Urgency urgency = Urgency.NORMAL;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentOn;

    @AssertTrue
    private boolean consentConfirmed;

    @Pattern(regexp = "^$|^(FEMALE|MALE)$")
    private String preferredCoachGender;

    @Size(max = 100)
    private String preferredLanguage;

    @Size(max = 300)
    private String interests;

    @Size(max = 2000)
    private String ownQuestion;

    ClientIdentity toIdentity() {
        return new ClientIdentity(firstName, lastName, dateOfBirth, phone, email, address, preferredChannel,
                livingSituation);
    }

    ClientProfile toProfile() {
        return new ClientProfile(trackId, intakeCategory, expectedSchoolLeavingDate, indication,
                preferredCoachGender == null || preferredCoachGender.isBlank() ? null : preferredCoachGender,
                preferredLanguage, interests, ownQuestion);
    }

    ReferralDetails toDetails() {
        return new ReferralDetails(reason, knownIssues, urgency, consentOn);
    }

    public Long getReferrerId() {
        return referrerId;
    }

    public void setReferrerId(Long referrerId) {
        this.referrerId = referrerId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(ContactChannel preferredChannel) {
        this.preferredChannel = preferredChannel;
    }

    public String getLivingSituation() {
        return livingSituation;
    }

    public void setLivingSituation(String livingSituation) {
        this.livingSituation = livingSituation;
    }

    public Long getTrackId() {
        return trackId;
    }

    public void setTrackId(Long trackId) {
        this.trackId = trackId;
    }

    public Integer getIntakeCategory() {
        return intakeCategory;
    }

    public void setIntakeCategory(Integer intakeCategory) {
        this.intakeCategory = intakeCategory;
    }

    public LocalDate getExpectedSchoolLeavingDate() {
        return expectedSchoolLeavingDate;
    }

    public void setExpectedSchoolLeavingDate(LocalDate expectedSchoolLeavingDate) {
        this.expectedSchoolLeavingDate = expectedSchoolLeavingDate;
    }

    public String getIndication() {
        return indication;
    }

    public void setIndication(String indication) {
        this.indication = indication;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getKnownIssues() {
        return knownIssues;
    }

    public void setKnownIssues(String knownIssues) {
        this.knownIssues = knownIssues;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public boolean isConsentConfirmed() {
        return consentConfirmed;
    }

    public void setConsentConfirmed(boolean consentConfirmed) {
        this.consentConfirmed = consentConfirmed;
    }

    public String getPreferredCoachGender() {
        return preferredCoachGender;
    }

    public void setPreferredCoachGender(String preferredCoachGender) {
        this.preferredCoachGender = preferredCoachGender;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getOwnQuestion() {
        return ownQuestion;
    }

    public void setOwnQuestion(String ownQuestion) {
        this.ownQuestion = ownQuestion;
    }
}
