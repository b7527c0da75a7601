package io.pactcontainers.maven;

import io.pactcontainers.broker.CanIDeployQuestion;
import io.pactcontainers.settings.PropertyNames;

/** The can-i-deploy goal's names for the library's settings: POM elements and -D properties. */
final class CanIDeployNames implements CanIDeployQuestion.Names {
  static final CanIDeployNames NAMES = new CanIDeployNames();

  private CanIDeployNames() {}

  @Override
  public String element(CanIDeployQuestion.Setting setting) {
    return switch (setting) {
      case PACTICIPANT -> "<pacticipant>";
      case VERSION -> "<version>";
      case LATEST -> "<latest>";
      case BRANCH -> "<branch>";
      case MAIN_BRANCH -> "<mainBranch>";
      case ENVIRONMENT -> "<environment>";
      case TO -> "<to>";
      case TO_MAIN_BRANCH -> "<toMainBranch>";
      case IGNORE -> "<ignore>";
      case PACTICIPANTS -> "<pacticipants>";
      case OUTPUT -> "<output>";
      case RETRIES_WHEN_UNKNOWN -> "<retriesWhenUnknown>";
      case DRY_RUN -> "<dryRun>";
    };
  }

  @Override
  public String property(CanIDeployQuestion.Setting setting) {
    return switch (setting) {
      case PACTICIPANT -> PropertyNames.PACTICIPANT;
      case VERSION -> PropertyNames.PACTICIPANT_VERSION;
      case LATEST -> PropertyNames.CAN_I_DEPLOY_LATEST;
      case BRANCH -> PropertyNames.CAN_I_DEPLOY_BRANCH;
      case MAIN_BRANCH -> PropertyNames.CAN_I_DEPLOY_MAIN_BRANCH;
      case ENVIRONMENT -> PropertyNames.ENVIRONMENT;
      case TO -> PropertyNames.CAN_I_DEPLOY_TO;
      case TO_MAIN_BRANCH -> PropertyNames.CAN_I_DEPLOY_TO_MAIN_BRANCH;
      case IGNORE -> PropertyNames.CAN_I_DEPLOY_IGNORE;
      case PACTICIPANTS -> PropertyNames.CAN_I_DEPLOY_PACTICIPANTS;
      case OUTPUT -> PropertyNames.CAN_I_DEPLOY_OUTPUT;
      case RETRIES_WHEN_UNKNOWN -> PropertyNames.RETRIES_WHEN_UNKNOWN;
      case DRY_RUN -> PropertyNames.CAN_I_DEPLOY_DRY_RUN;
    };
  }

  @Override
  public String option(CanIDeployQuestion.Setting setting) {
    return "-D" + property(setting);
  }
}
