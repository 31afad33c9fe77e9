/**
 * Word lists for tokenising hotline texts: words jieba's general dictionary splits wrongly, and
 * stop words that carry no information about the category.
 */

/**
 * Hotline and Baotou vocabulary added to jieba's dictionary so that 采暖费, 蒙速办 or 占道经营
 * stay one token instead of being cut into unrelated pieces.
 */
export const DOMAIN_WORDS: readonly string[] = [
  '来电人', '路灯', '暖气', '暖气片', '供暖', '停暖', '开栓', '换热站', '报停', '采暖费', '取暖费', '放风阀',
  '二次供水', '水表井', '爆管', '燃气灶', '壁挂炉', '燃气表', '占道经营', '私搭乱建', '彩钢房', '违建', '飞絮',
  '清雪', '融雪剂', '井盖', '消防通道', '僵尸车', '挪车', '飞线', '液化气罐', '排洪沟', '偷排', '尾矿库', '扬尘',
  '油烟', '广场舞', '炸街', '物业费', '业委会', '维修基金', '老旧小区', '外墙保温', '不动产证', '房本', '公积金',
  '组合贷', '社保卡', '医保码', '异地就医', '慢特病', '低保', '高龄津贴', '光荣牌', '优待证', '营业执照',
  '草原补奖', '种粮补贴', '农机补贴', '嘎查', '口蹄疫', '网约车', '拒载', '打表', '甩客', '预付卡', '烧麦',
  '手把肉', '蒙速办', '包钢', '昆区', '稀土高新区', '土右旗', '达茂旗', '白云鄂博', '万水泉', '北梁',
];

/** Function words, fillers and call-centre boilerplate (你好, 来电人反映) dropped before counting. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '了', '是', '我', '你', '他', '她', '它', '我们', '你们', '他们', '咱们', '这', '那', '这个', '那个', '这里', '那里',
  '在', '也', '都', '就', '和', '与', '及', '还', '又', '吧', '吗', '呢', '啊', '呀', '哦', '嗯', '哈', '啦', '嘛', '着',
  '过', '给', '把', '被', '让', '对', '从', '到', '于', '以', '而', '或', '但', '但是', '所以', '因为', '一个', '一下',
  '一些', '有', '么', '得', '地', '之', '其', '该', '些', '个', '很', '太', '要', '会', '能', '说', '去', '来', '上',
  '下', '里', '喂', '你好', '您好', '您', '市民', '来电', '来电人', '反映', '称', '谢谢', '麻烦', '请', '打扰',
  '一', '二', '三', '号', '现在', '已经', '还是', '就是', '一直', '问', '想', '问一下', '这样', '那样', '自己',
]);

/** Single characters whose bigrams are noise (的暖, 了没). */
export const STOP_CHARS: ReadonlySet<string> = new Set(['的', '了', '是', '我', '你', '在', '吗', '呢', '啊', '吧', '呀', '着', '得', '地']);
