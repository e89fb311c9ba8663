/** Texts of a case's material photos (材料照片). */
export const materialsZhCN = {
  'materials.title': '材料照片',
  'materials.none': '尚未上传材料照片',
  'materials.material': '材料',
  'materials.materialPlaceholder': '材料名称，如：户口簿',
  'materials.upload': '上传照片或 PDF',
  'materials.uploaded': '已上传',
  'materials.hint': 'JPEG、PNG、WebP 照片或 PDF，每个不超过 10 MB；照片自动转正、缩小并去除位置等信息',
  'materials.needName': '请先填写材料名称',
  'materials.size': '大小',
  'materials.by': '上传人',
  'materials.at': '时间',
  'materials.open': '下载',
  'materials.pdf': 'PDF',
};
