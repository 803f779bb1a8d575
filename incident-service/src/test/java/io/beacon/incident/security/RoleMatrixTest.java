package io.beacon.incident.security;

import io.beacon.apisecurity.ApiRole;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The role matrix as incident-service/README.md states it. */
class RoleMatrixTest {

    @Test
    void aResponderTakesIncidentsButDoesNotRunThem() {
        assertThat(Arrays.stream(ApiOperation.values()).filter(op -> op.allows(ApiRole.RESPONDER)))
                .containsExactly(ApiOperation.DECLARE, ApiOperation.ACKNOWLEDGE);
    }

    @Test
    void aCommanderMayDoEverythingOnIncidentsButNotAdminister() {
        assertThat(Arrays.stream(ApiOperation.values()).filter(op -> op.allows(ApiRole.COMMANDER)))
                .containsExactlyInAnyOrder(ApiOperation.DECLARE, ApiOperation.ACKNOWLEDGE,
                        ApiOperation.ASSIGN_COMMANDER, ApiOperation.CHANGE_SEVERITY, ApiOperation.POST_STATUS_UPDATE,
                        ApiOperation.RESOLVE, ApiOperation.REOPEN);
    }

    @Test
    void aManagerMayDoEverything() {
        assertThat(ApiOperation.values()).allMatch(op -> op.allows(ApiRole.MANAGER));
        assertThat(ApiOperation.ADMINISTER.roleNames()).containsExactly("MANAGER");
    }
}
