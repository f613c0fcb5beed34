package nl.waakvlam.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.waakvlam.coach.Gender;
import nl.waakvlam.security.Role;

/** The forms of the account pages, with the rules a person can read next to the field. */
final class AccountForms {

    private AccountForms() {
    }

    /** Who the account is for and their role (with organisation and department for a referrer). */
    abstract static class AccountFieldsForm {

        @NotBlank
        @Size(max = 200)
        private String displayName;

        @Email
        @Size(max = 200)
        private String email;

        @Size(max = 40)
        private String phone;

        @NotNull
        private Role role;

        private Long organisationId;

        private Long departmentId;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(Long departmentId) {
            this.departmentId = departmentId;
        }
    }

    /** A new account: a user name, an e-mail address for the invitation, and a coach profile for a coach. */
    static class NewAccountForm extends AccountFieldsForm {

        @NotBlank
        @Size(min = 3, max = 60)
        @Pattern(regexp = "[A-Za-z0-9._-]*")
        private String username;

        private Gender gender;

        @Size(max = 200)
        private String languages = "Nederlands";

        @Min(0)
        @Max(60)
        private Integer contractHours = 24;

        @Min(1)
        @Max(500)
        private Integer maxCaseload = 30;

        /** The invitation goes there, so a new account needs one. */
        @Override
        @NotBlank
        public String getEmail() {
            return super.getEmail();
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }

        public Integer getContractHours() {
            return contractHours;
        }

        public void setContractHours(Integer contractHours) {
            this.contractHours = contractHours;
        }

        public Integer getMaxCaseload() {
            return maxCaseload;
        }

        public void setMaxCaseload(Integer maxCaseload) {
            this.maxCaseload = maxCaseload;
        }
    }

    /** Changes to an existing account, based on the version the administrator saw. */
    static class EditAccountForm extends AccountFieldsForm {

        private long version;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** Choosing a password through a link, or at set-up: typed twice. */
    static class ChoosePasswordForm {

        @NotBlank
        @Size(max = 200)
        private String password;

        @NotBlank
        @Size(max = 200)
        private String repeat;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getRepeat() {
            return repeat;
        }

        public void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }

    static class ChangePasswordForm {

        @NotBlank
        @Size(max = 200)
        private String currentPassword;

        @NotBlank
        @Size(max = 200)
        private String newPassword;

        @NotBlank
        @Size(max = 200)
        private String repeat;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeat() {
            return repeat;
        }

        public void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }

    /** The first administrator, with the set-up token from the log. */
    static class SetupForm extends ChoosePasswordForm {

        @NotBlank
        @Size(max = 100)
        private String token;

        @NotBlank
        @Size(min = 3, max = 60)
        @Pattern(regexp = "[A-Za-z0-9._-]*")
        private String username;

        @NotBlank
        @Size(max = 200)
        private String displayName;

        @Email
        @Size(max = 200)
        private String email;

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
