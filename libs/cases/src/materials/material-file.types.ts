import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CaseMaterialFile', { description: '材料照片或 PDF：文件在文件存储中，库中只存其描述 / a material file; the bytes live in the file store' })
export class CaseMaterialFileView {
  @Field(() => ID) id: string;
  @Field({ description: '所属材料名称 / the material it is for' }) materialName: string;
  @Field({ description: '存储后的类型：照片一律为 image/jpeg / the stored type; photos are always image/jpeg' }) mime: string;
  @Field(() => Int, { description: '存储后的字节数 / stored size in bytes' }) bytes: number;
  @Field({ description: '存储内容的 SHA-256（十六进制） / SHA-256 of the stored bytes, hex' }) sha256: string;
  @Field(() => Int, { nullable: true, description: '照片宽度（像素） / photo width' }) width: number | null;
  @Field(() => Int, { nullable: true, description: '照片高度（像素） / photo height' }) height: number | null;
  @Field({ description: '上传人 / who uploaded it' }) uploadedBy: string;
  @Field() uploadedAt: string;
  @Field({ description: '下载地址（需登录，仅能查看该办件者可下载） / where to download it (signed-in readers of the case only)' }) url: string;
}
