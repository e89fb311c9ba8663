import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Whom a consent names: the agent herself, or her station (any agent of that village's station). */
export enum ConsentHolder {
  AGENT = 'agent',
  STATION = 'station',
}
registerEnumType(ConsentHolder, { name: 'ConsentHolder', description: '受托人：代办员本人或其代办点 / the agent herself or her station' });

/** What shows the applicant agreed: the signed 委托书, or his fingerprint on it. */
export enum ConsentEvidence {
  SIGNED_FORM = 'signed_form',
  FINGERPRINT = 'fingerprint',
}
registerEnumType(ConsentEvidence, { name: 'ConsentEvidence', description: '委托凭证：签字的委托书或按手印 / signed form or fingerprint' });

export enum ConsentState {
  IN_FORCE = 'in_force',
  NOT_YET = 'not_yet',
  EXPIRED = 'expired',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(ConsentState, { name: 'ConsentState', description: '委托状态 / whether a consent is in force' });

@ObjectType('ProxyConsent', { description: '委托书：申请人委托代办员（或代办点）代为办理 / an applicant’s consent to filing by proxy' })
export class ProxyConsentView {
  @Field(() => ID) id: string;
  @Field(() => ID) applicantId: string;
  @Field({ description: '委托人 / the applicant' }) applicantName: string;
  @Field(() => ConsentHolder) holder: ConsentHolder;
  @Field(() => ID, { nullable: true }) agentUserId: string | null;
  @Field(() => String, { nullable: true, description: '受托代办员 / the agent named' }) agentName: string | null;
  @Field(() => ID, { nullable: true }) stationUnitId: string | null;
  @Field(() => String, { nullable: true, description: '受托代办点 / the station named' }) stationName: string | null;
  @Field({ description: '是否全部可代办事项 / all proxy-allowed matters' }) allMatters: boolean;
  @Field(() => [String], { description: '委托的事项（实施编码） / matters by implementation code' }) matterCodes: string[];
  @Field(() => [String], { description: '委托的事项名称 / their names' }) matterNames: string[];
  @Field({ description: '起始日 YYYY-MM-DD' }) validFrom: string;
  @Field({ description: '截止日（含） YYYY-MM-DD / last day, inclusive' }) validUntil: string;
  @Field(() => ConsentEvidence) evidenceKind: ConsentEvidence;
  @Field({ description: '委托书照片地址（需登录） / where the photo of the form is (signed in)' }) evidenceUrl: string;
  @Field({ description: '照片的 SHA-256 / SHA-256 of the stored photo' }) evidenceSha256: string;
  @Field({ description: '登记人 / who recorded it' }) recordedBy: string;
  @Field() recordedAt: string;
  @Field(() => String, { nullable: true }) withdrawnAt: string | null;
  @Field(() => String, { nullable: true }) withdrawnBy: string | null;
  @Field(() => String, { nullable: true }) withdrawalReason: string | null;
  @Field(() => ConsentState) state: ConsentState;
  @Field({ description: '今天是否有效 / in force today' }) inForce: boolean;
}
