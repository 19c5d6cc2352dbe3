package org.roundtable.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The operations endpoints over real HTTP: the load balancer's probes answer anyone with UP or
 * DOWN only; the store and cluster details and the metrics are for administrators.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRoom room;

    @Test
    void liveness_and_readiness_answer_anyone_with_the_status_alone() throws Exception {
        Browser anyone = new Browser(port);

        HttpResponse<String> liveness = anyone.get("/actuator/health/liveness");
        HttpResponse<String> readiness = anyone.get("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void an_administrator_sees_the_store_and_the_cluster_in_readiness_and_the_live_metrics() throws Exception {
        room.facilitator();
        Browser admin = new Browser(port);
        assertThat(admin.signIn(TestRoom.FACILITATOR, TestRoom.PASSWORD)).doesNotContain("/login");

        String readiness = admin.get("/actuator/health/readiness").body();
        assertThat(readiness).contains("\"store\":{", "\"cluster\":{", "\"state\":\"ACTIVE\"", "\"members\":1");

        HttpResponse<String> applied = admin.get("/actuator/metrics/roundtable.changes.applied");
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("\"COUNT\"");
        assertThat(admin.get("/actuator/metrics/roundtable.screens.connected").statusCode()).isEqualTo(200);
        assertThat(admin.get("/actuator/metrics/roundtable.screens.update").statusCode()).isEqualTo(200);
    }

    @Test
    void metrics_and_other_endpoints_are_not_for_anyone_else() throws Exception {
        Browser anyone = new Browser(port);
        assertThat(anyone.isSentToSignIn("/actuator/metrics")).isTrue();
        assertThat(anyone.isSentToSignIn("/actuator/metrics/roundtable.changes.applied")).isTrue();

        String facilitatorName = room.anotherFacilitator().username();
        Browser facilitator = new Browser(port);
        assertThat(facilitator.signIn(facilitatorName, TestRoom.PASSWORD)).doesNotContain("/login");
        assertThat(facilitator.get("/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(facilitator.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");

        Browser admin = new Browser(port);
        room.facilitator();
        admin.signIn(TestRoom.FACILITATOR, TestRoom.PASSWORD);
        // not exposed at all: the request falls through to the application's own pages
        assertThat(admin.get("/actuator/env").body()).doesNotContain("propertySources");
        assertThat(admin.get("/actuator/beans").body()).doesNotContain("\"contexts\"");
    }
}
