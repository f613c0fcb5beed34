package nl.waakvlam.backoffice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A call taken for a coach: who called and how to reach them, about which client, what, how urgent. */
class CallbackForm {

    @NotNull
    private Long clientId;
    @NotBlank
    @Size(max = 200)
    private String callerName;
    @NotBlank
    @Pattern(regexp = "^[0-9+() ./-]{6,40}$")
    private String callerPhone;
    @NotNull
    private CallbackRequest.CallerKind callerKind;
    @NotBlank
    @Size(max = 1000)
    private String message;
    @NotNull
    private CallbackRequest.Urgency urgency = CallbackRequest.Urgency.TODAY;

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public void setCallerPhone(String callerPhone) {
        this.callerPhone = callerPhone;
    }

    public CallbackRequest.CallerKind getCallerKind() {
        return callerKind;
    }

    public void setCallerKind(CallbackRequest.CallerKind callerKind) {
        this.callerKind = callerKind;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public CallbackRequest.Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(CallbackRequest.Urgency urgency) {
        this.urgency = urgency;
    }
}
