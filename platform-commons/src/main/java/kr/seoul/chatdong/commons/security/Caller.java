package kr.seoul.chatdong.commons.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.problem.ProblemType;

/** Who is calling, and the one place that decides whether a district officer may touch a district. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The claim naming the person's account (Keycloak: preferred_username, the name an administrator sees). */
    @ConfigProperty(name = "chatdong.security.account-claim", defaultValue = "preferred_username")
    String accountClaim;

    @ConfigProperty(name = "chatdong.security.district-claim", defaultValue = Roles.DISTRICT_CLAIM)
    String districtClaim;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /**
     * The caller's account name: what a person's record (a consultant, a trainee, a judge, a discovery
     * team member) is linked to, and what audit trails name. The account claim, else the token's
     * subject (a city system's service account has both); "anonymous" without a token.
     */
    public String account() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        Object account = token.getClaim(accountClaim);
        if (account != null && !account.toString().isBlank()) {
            return account.toString().replace("\"", "");
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The district a district officer's token is limited to. */
    public Optional<String> district() {
        Object claim = token.getClaim(districtClaim);
        return Optional.ofNullable(claim).map(Object::toString).map(s -> s.replace("\"", ""));
    }

    /**
     * Refuses (403) a write to {@code districtCode} by a district officer of another district, or to
     * city-wide data ({@code null}). Other roles allowed on the operation are not limited by district.
     */
    public void mayWriteDistrict(String districtCode) {
        if (hasRole(Roles.CITY_ADMIN) || !hasRole(Roles.DISTRICT_OFFICER)) {
            return;
        }
        String own = district()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Your district-officer token has no 'district' claim; ask for a token of your district"));
        if (districtCode == null) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "City-wide data is written by a city admin; your token is limited to district " + own);
        }
        if (!own.equals(districtCode)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Your token is limited to district " + own + "; this is district " + districtCode);
        }
    }
}
