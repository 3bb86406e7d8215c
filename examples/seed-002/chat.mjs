// Seed 002's two browser examples ("Fetch Chat Response", "Streaming Chat Response"), verbatim but
// for the URL (CHAT_URL) and the token's source (localStorage reads VIZZOR_TOKEN), run under
// Node.js 20 against a running suite. The page's own UI functions are stand-ins that record what
// the examples hand them. Usage: VIZZOR_TOKEN=vel_... CHAT_URL=http://127.0.0.1:3100/chat node chat.mjs
import assert from 'node:assert/strict';

const CHAT_URL = process.env.CHAT_URL ?? 'http://127.0.0.1:3100/chat';
globalThis.localStorage = { getItem: (name) => (name === 'jwt_token' ? process.env.VIZZOR_TOKEN : null) };

const seen = { credits: [], chat: '', topUp: null, audio: null };
function updateCreditsDisplay(credits) { seen.credits.push(credits); }
function appendToChat(text) { seen.chat += text; }
function showTopUpModal(balance, required) { seen.topUp = { balance, required }; }
function playAudio(url) { seen.audio = url; }

// ---- seed 002, "Example: Fetch Chat Response" ----
async function sendChatMessage(message, mode = 'text') {
  const token = localStorage.getItem('jwt_token');

  const response = await fetch(CHAT_URL, {
    method: 'POST',
    headers: {
      'Authorization': `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      message,
      mode,
      stream: false,
    }),
  });

  if (!response.ok) {
    const error = await response.json();

    if (error.error === 'insufficient_credits') {
      // Show top-up modal
      showTopUpModal(error.balance, error.required);
      return null;
    }

    throw new Error(error.message);
  }

  const data = await response.json();

  // Update credits display
  updateCreditsDisplay(data.credits_remaining);

  return data;
}

// ---- seed 002, "Example: Streaming Chat Response" ----
async function sendChatMessageStreaming(message) {
  const token = localStorage.getItem('jwt_token');

  const response = await fetch(CHAT_URL, {
    method: 'POST',
    headers: {
      'Authorization': `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      message,
      stream: true,
    }),
  });

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';

  while (true) {
    const { done, value } = await reader.read();

    if (done) break;

    buffer += decoder.decode(value, { stream: true });

    // Process complete lines
    const lines = buffer.split('\n');
    buffer = lines.pop() || '';

    for (const line of lines) {
      if (line.startsWith('data: ')) {
        const data = JSON.parse(line.substring(6));

        switch (data.type) {
          case 'start':
            console.log(`Provider: ${data.provider}`);
            break;
          case 'token':
            appendToChat(data.content);
            break;
          case 'done':
            updateCreditsDisplay(data.credits_charged);
            if (data.audio_url) playAudio(data.audio_url);
            break;
        }
      }
    }
  }
}

// ---- the run ----
const answer = await sendChatMessage('What is the price of BTC?');
assert.ok(answer, 'an answer, not a refusal');
assert.match(answer.text, /BTC is at \d+\.\d{2} USDT/);
assert.equal(typeof answer.credits_remaining, 'number');
assert.deepEqual(seen.credits, [answer.credits_remaining]);
console.log(`fetch: ${answer.provider} answered "${answer.text.split('\n')[0]}" (${answer.credits_charged} credits, ${answer.credits_remaining} left)`);

await sendChatMessageStreaming('predict BTC 4h');
assert.match(seen.chat, /^ChronoVisor BTC 4h: (up|down|sideways)/);
assert.equal(seen.credits.length, 2, 'done frame handed its credits over');
console.log(`stream: "${seen.chat.slice(0, 80)}..." (done: ${seen.credits[1]} credits charged)`);
