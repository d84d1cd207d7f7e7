// A 拼多多 reading of one conversation, for the queue tests.
import type { ChatMessage, WorkbenchSnapshot } from '../../../utils/workbench/types';

export function conversationSnapshot(name: string, messages: [ChatMessage['direction'], string][], waitingSince: number | null, readAt = 0): WorkbenchSnapshot {
  return {
    platform: 'pinduoduo',
    platformName: '拼多多',
    url: 'http://127.0.0.1/pinduoduo/',
    conversation: { platform: 'pinduoduo', platformName: '拼多多', key: `pinduoduo:${name}`, buyer: { name }, messages: messages.map(([direction, text]) => ({ direction, text })) },
    missing: [],
    waitingSince,
    readAt,
  };
}
