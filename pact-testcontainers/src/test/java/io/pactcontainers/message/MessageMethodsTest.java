package io.pactcontainers.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.Generators;
import io.pactcontainers.model.MatchingRules;
import io.pactcontainers.model.Message;
import io.pactcontainers.model.ProviderState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one rule for {@code @MessageProvider} methods: which method answers which description, what
 * it is given (the states' params, the request) and what its answer means (a body, or a body and
 * its metadata); and the errors of a method that cannot be used or a description none answers.
 */
class MessageMethodsTest {

  static class Orders {
    Map<String, Object> lastParams;

    @MessageProvider("an order was placed")
    String placed(Map<String, Object> params) {
      lastParams = params;
      return "{\"id\":" + params.get("id") + "}";
    }

    @MessageProvider("an order was paid")
    Paid paid() {
      return new Paid("42", 12.5);
    }

    @MessageProvider("a receipt")
    MessageAndMetadata receipt() {
      return new MessageAndMetadata(
          "total 12".getBytes(StandardCharsets.UTF_8),
          Map.of("contentType", "text/plain", "topic", "receipts"));
    }

    @MessageProvider("a tree")
    Object tree() throws Exception {
      return new ObjectMapper().readTree("{\"a\":[1,2]}");
    }

    @MessageProvider("an answer")
    static byte[] answer(MessageRequest request, Message asked) {
      return ("re: " + asked.contents().asString() + " for " + request.description())
          .getBytes(StandardCharsets.UTF_8);
    }

    @MessageProvider("an org.json object")
    org.json.JSONObject orgJson() {
      return new org.json.JSONObject().put("a", 1);
    }

    @MessageProvider("a failure")
    String failure() {
      throw new IllegalStateException("the broker is down");
    }

    @MessageProvider("nothing")
    String nothing() {
      return null;
    }
  }

  record Paid(String order, double amount) {}

  static class MoreOrders extends Orders {
    @Override
    @MessageProvider("an order was placed")
    String placed(Map<String, Object> params) {
      return "overridden";
    }
  }

  static class Duplicate {
    @MessageProvider("an order was placed")
    String one() {
      return "";
    }
  }

  static class WrongParameter {
    @MessageProvider("x")
    String wrong(int n) {
      return "";
    }
  }

  static class ReturnsNothing {
    @MessageProvider("x")
    void nothing() {}
  }

  private static MessageRequest request(String description, ProviderState... states) {
    return new MessageRequest(description, List.of(states), Optional.empty());
  }

  @Test
  void theStatesParamsMergedInOrderAreGivenToAMethodTakingAMap() {
    Orders orders = new Orders();
    Message m =
        MessageMethods.ofInstances(List.of(orders))
            .produce(
                request(
                    "an order was placed",
                    new ProviderState("an order", Map.of("id", 1, "kind", "food")),
                    new ProviderState("a customer", Map.of("id", 7))));
    assertThat(m.contents().asString()).isEqualTo("{\"id\":7}");
    assertThat(m.contents().declaredContentType()).isEmpty();
    assertThat(orders.lastParams).isEqualTo(Map.of("id", 7, "kind", "food"));
  }

  @Test
  void anObjectIsWrittenAsJson() {
    Message m =
        MessageMethods.ofInstances(List.of(new Orders())).produce(request("an order was paid"));
    assertThat(m.contents().asString()).isEqualTo("{\"order\":\"42\",\"amount\":12.5}");
    assertThat(m.contents().declaredContentType()).contains("application/json");
    assertThat(m.metadata()).isEmpty();
  }

  @Test
  void aJsonTreeIsWrittenAsJson() {
    Message m = MessageMethods.ofInstances(List.of(new Orders())).produce(request("a tree"));
    assertThat(m.contents().asString()).isEqualTo("{\"a\":[1,2]}");
  }

  @Test
  void anotherLibrarysJsonValueIsWrittenAsItWritesItselfAsPactJvmDoes() {
    Message m =
        MessageMethods.ofInstances(List.of(new Orders())).produce(request("an org.json object"));
    assertThat(m.contents().asString()).isEqualTo("{\"a\":1}");
    assertThat(m.contents().declaredContentType()).contains("application/json");
  }

  @Test
  void messageAndMetadataGivesTheBodyItsContentTypeAndTheMetadata() {
    Message m = MessageMethods.ofInstances(List.of(new Orders())).produce(request("a receipt"));
    assertThat(m.contents().asString()).isEqualTo("total 12");
    assertThat(m.contents().declaredContentType()).contains("text/plain");
    assertThat(m.metadata()).containsEntry("topic", "receipts");
  }

  @Test
  void aSynchronousMessagesRequestIsGivenAndAStaticMethodCalledWithoutInstance() {
    Message asked =
        new Message(
            Body.of("{\"order\":\"steak\"}", "application/json"),
            Map.of(),
            MatchingRules.none(),
            Generators.none());
    Message m =
        MessageMethods.ofMethods(
                List.of(method(Orders.class, "answer")), null, List.of(Orders.class.getName()))
            .produce(new MessageRequest("an answer", List.of(), Optional.of(asked)));
    assertThat(m.contents().asString()).isEqualTo("re: {\"order\":\"steak\"} for an answer");
  }

  @Test
  void aSubclassMethodOverridesTheOneItReplaces() {
    Message m =
        MessageMethods.ofInstances(List.of(new MoreOrders()))
            .produce(request("an order was placed"));
    assertThat(m.contents().asString()).isEqualTo("overridden");
  }

  @Test
  void aDescriptionNoMethodAnswersIsAnErrorNamingItAndTheClassesSearched() {
    MessageMethods methods = MessageMethods.ofInstances(List.of(new Orders()));
    assertThat(methods.answers("an order was cancelled")).isFalse();
    assertThatThrownBy(() -> methods.produce(request("an order was cancelled")))
        .isInstanceOf(MessageMethodException.class)
        .hasMessage(
            "No @MessageProvider method produces the message \"an order was cancelled\" (searched"
                + " io.pactcontainers.message.MessageMethodsTest$Orders); add a method annotated"
                + " @MessageProvider(\"an order was cancelled\") that returns the message");
  }

  @Test
  void twoMethodsForOneDescriptionAreAnError() {
    assertThatThrownBy(() -> MessageMethods.ofInstances(List.of(new Orders(), new Duplicate())))
        .isInstanceOf(MessageMethodException.class)
        .hasMessage(
            "Two @MessageProvider methods produce the message \"an order was placed\":"
                + " Orders.placed and Duplicate.one; keep one");
  }

  @Test
  void aParameterOfAnotherTypeIsAnErrorNamingTheMethodAndWhatItMayTake() {
    assertThatThrownBy(() -> MessageMethods.ofInstances(List.of(new WrongParameter())))
        .hasMessage(
            "@MessageProvider WrongParameter.wrong takes a int; it may take the states' params"
                + " (Map<String, Object>), the MessageRequest and the request Message of a"
                + " synchronous message, or nothing");
  }

  @Test
  void aMethodReturningNothingIsAnError() {
    assertThatThrownBy(() -> MessageMethods.ofInstances(List.of(new ReturnsNothing())))
        .hasMessage(
            "@MessageProvider ReturnsNothing.nothing returns nothing; return the message's body"
                + " (a String, a byte[], an object written as JSON) or a MessageAndMetadata");
  }

  @Test
  void anInstanceMethodWithoutInstanceIsAnError() {
    assertThatThrownBy(
            () ->
                MessageMethods.ofMethods(List.of(method(Orders.class, "failure")), null, List.of()))
        .hasMessage(
            "@MessageProvider Orders.failure is not static and there is no instance to call it"
                + " on; make it static");
  }

  @Test
  void aMethodThatThrowsIsAnErrorNamingItAndItsException() {
    assertThatThrownBy(
            () -> MessageMethods.ofInstances(List.of(new Orders())).produce(request("a failure")))
        .isInstanceOf(MessageMethodException.class)
        .hasMessage(
            "The @MessageProvider method Orders.failure threw java.lang.IllegalStateException: the"
                + " broker is down");
  }

  @Test
  void aMethodReturningNullIsAnError() {
    assertThatThrownBy(
            () -> MessageMethods.ofInstances(List.of(new Orders())).produce(request("nothing")))
        .hasMessage(
            "The @MessageProvider method Orders.nothing returned null; return the message's body,"
                + " or a MessageAndMetadata");
  }

  private static java.lang.reflect.Method method(Class<?> type, String name) {
    for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    throw new AssertionError(name);
  }
}
