import { maskPhone } from './notice-texts';

export interface SmsMessage {
  /** The applicant's phone, in plain: only the provider sees it. */
  to: string;
  text: string;
  /** The notice's id: providers that deduplicate by the caller's id (阿里云 OutId) get one per notice. */
  reference: string;
}

/** Where SMS go. A provider throws when a message was not accepted; the job is then retried. */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<{ providerReference?: string }>;
}

export const SMS_PROVIDER = Symbol('SmsProvider');

/** The default: writes each message to the log, the phone masked. For development and installs without an SMS contract. */
export class ConsoleSmsProvider implements SmsProvider {
  readonly name = 'console';

  async send(message: SmsMessage): Promise<{ providerReference?: string }> {
    // Straight to stdout: the app's logger shows only warnings and errors.
    console.log(`[SMS console] to ${maskPhone(message.to)} [${message.reference}]: ${message.text}`);
    return {};
  }
}

/** SMS_PROVIDER picks the provider; `console` (the default) is the only one built in. */
export function smsProviderFrom(env: NodeJS.ProcessEnv): SmsProvider {
  const name = env.SMS_PROVIDER || 'console';
  if (name === 'console') return new ConsoleSmsProvider();
  throw new Error(`SMS_PROVIDER=${name} is not a known SMS provider (known: console)`);
}
