// A button on a logged answer ("Share in channel", "Show passages"): acknowledged at once, then
// (unless it is a replay of a click already handled) handed the answer its value points at. A value
// that is not an answer id, or an answer the log no longer has, is told to the clicker here, once
// for every such button.
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../../log.ts";
import type { LoggedQuestion } from "../../../store/questions.ts";
import type { DeliveryServices, SlackServices } from "../../deps.ts";
import { isFirstDelivery, requestLog } from "../../guards.ts";
import { loggedAnswerForButton } from "../../logged-answer.ts";

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export interface ButtonAnswer {
  id: number;
  logged: LoggedQuestion;
  log: Logger;
}

export function loggedAnswerButton(
  s: DeliveryServices & Pick<SlackServices, "questions">,
  handle: (args: ButtonArgs, answer: ButtonAnswer) => Promise<void>,
): (args: ButtonArgs) => Promise<void> {
  return async (args) => {
    await args.ack();
    if (!(await isFirstDelivery(s, args.body, args.context))) return;
    const log = requestLog(args.context, s.log);
    const found = await loggedAnswerForButton(
      s.questions,
      (args.action as { value?: string }).value,
      args.respond,
    );
    if (!found) return;
    await handle(args, { ...found, log });
  };
}
