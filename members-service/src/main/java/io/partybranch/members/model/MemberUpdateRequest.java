package io.partybranch.members.model;

import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberUpdateRequest", description = "Personal fields; status, state, branch and group change through their own endpoints")
public record MemberUpdateRequest(
        @NotBlank @Size(max = 100) String fullName,
        @NotNull Gender gender,
        @Size(max = 40) String ethnicity,
        @NotNull @Past LocalDate birthDate,
        @NotBlank @Size(max = 40) @Schema(description = "身份证号; send the full number again (responses only ever show it masked)") String citizenId,
        Education education,
        @Size(max = 100) String jobTitle,
        @Pattern(regexp = Patterns.PHONE, message = "must be a mainland mobile (11 digits) or landline number") String phone,
        @Size(max = 200) String ownUnit,
        @Size(max = 300) String responsibilityZone) {
}
