package kr.seoul.chatdong.commons.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

final class BearerSecurity {

    private BearerSecurity() {}

    /**
     * Bearer tokens carry roles, not OAuth scopes: each requirement lists none, and the roles that
     * may call the operation go to {@code x-roles} and its description. Returns whether the
     * operation takes a token.
     */
    static boolean apply(Operation op) {
        boolean optional =
                op.getExtensions() != null && op.getExtensions().containsKey(PlatformOpenApiFilter.OPTIONAL_AUTH);
        List<SecurityRequirement> requirements = op.getSecurity();
        if ((requirements == null || requirements.isEmpty()) && !optional) {
            return false;
        }
        List<String> roles = new ArrayList<>();
        if (requirements != null) {
            for (SecurityRequirement requirement : requirements) {
                if (requirement.getSchemes() == null) {
                    continue;
                }
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                    }
                });
            }
        }
        List<SecurityRequirement> bearer = new ArrayList<>();
        if (optional) {
            bearer.add(OASFactory.createSecurityRequirement());
        }
        bearer.add(OASFactory.createSecurityRequirement().addScheme("bearer"));
        op.setSecurity(bearer);
        if (!roles.isEmpty()) {
            op.addExtension("x-roles", roles);
        }
        String who = roles.isEmpty() ? "any valid token" : "a token with one of the roles " + String.join(", ", roles);
        String note = optional ? "Token optional; with " + who + " the answer shows more." : "Needs " + who + ".";
        op.setDescription(
                op.getDescription() == null || op.getDescription().isBlank()
                        ? note
                        : op.getDescription() + "\n\n" + note);
        return true;
    }
}
