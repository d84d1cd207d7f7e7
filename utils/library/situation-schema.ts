// Reading a situation from JSON (a CLI `{`-line), with Chinese errors. Apart from situation.ts so the side
// panel, which builds situations from the page, does not load the schema library.
import { z } from 'zod';
import type { Situation } from './situation';
import { NUDGE_KINDS } from '../queue/standards';
import { describeIssue, issuePath } from '../schema-errors';

const messageSchema = z.object({
  direction: z.enum(['buyer', 'agent', 'robot', 'system'], { error: 'direction 必须是 buyer、agent、robot 或 system' }),
  text: z.string({ error: 'text 必须是文字' }),
});

const situationSchema = z.object({
  messages: z.array(messageSchema, { error: 'messages 必须是消息列表' }),
  product: z.object({ name: z.string({ error: 'product.name 必须是文字' }), price: z.string().optional() }).optional().nullable(),
  order: z.object({ id: z.string().optional(), status: z.string().optional() }).optional().nullable(),
  platform: z.string().optional().nullable(),
  service: z
    .object({ reminders: z.array(z.enum(NUDGE_KINDS, { error: `reminders 只能是 ${NUDGE_KINDS.join('、')}` }), { error: 'service.reminders 必须是列表' }) })
    .optional()
    .nullable(),
});

/** Reads a situation from JSON (a CLI line); errors in Chinese. */
export function parseSituation(input: unknown): { ok: true; situation: Situation } | { ok: false; error: string } {
  const result = situationSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issuePath('', issue.path);
    return { ok: false, error: `情境格式不对${path ? `（${path}）` : ''}：${describeIssue(issue)}` };
  }
  const { messages, product, order, platform, service } = result.data;
  return {
    ok: true,
    situation: {
      messages,
      ...(product ? { product } : {}),
      ...(order ? { order } : {}),
      ...(platform ? { platform } : {}),
      ...(service && service.reminders.length > 0 ? { service: { reminders: [...new Set(service.reminders)].sort() } } : {}),
    },
  };
}
