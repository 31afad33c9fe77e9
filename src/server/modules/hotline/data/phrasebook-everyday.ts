/**
 * Plain everyday sentences per category, written by hand to widen what the classifier learns
 * beyond the generator's templates: short messages, spoken and dialect wording, and the matters
 * the taxonomy has no category of its own for (tax, driving licences and vehicles, land
 * contracts, public rental housing), filed under the category of the department that handles
 * them so that at least the routing is right. Training text only; the independent evaluation
 * set in classifier/eval is kept apart from it by a test.
 */

/** Category code → sentences. */
export const EVERYDAY_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'urban.streetlight': ['路灯不亮', '街上的灯坏了一排', '晚上路上黑乎乎的，灯也不亮', '路灯一闪一闪的', '灯杆锈断了歪着', '巷子里连个灯都没有', '路灯白天也开着', '小区外面马路的照明太暗'],
  'urban.street-vending': ['马路边摆摊的太多', '小商贩占着人行道卖菜', '早市把路堵了', '门店把货摆到门外面', '夜市摊位占了半条马路', '流动摊贩推着车堵在路口', '烤串摊摆在人行道上'],
  'urban.illegal-construction': ['邻居私自盖房', '楼下搭了个棚子占地方', '有人在绿地上私搭乱建', '楼顶加盖了一层', '院子里违建的彩钢房', '把阳台往外扩建了', '占了楼道盖小房'],
  'urban.sanitation': ['垃圾没人清', '垃圾桶满了溢出来', '路边垃圾堆着没人收', '公厕太脏没人打扫', '街道上脏得很', '乱贴小广告', '建筑垃圾乱倒', '环卫工好几天没来扫'],
  'urban.road-damage': ['路上有坑', '马路坑坑洼洼', '人行道砖碎了', '路面裂开塌陷了', '马路护栏倒了', '路修完了坑还在', '道牙子碎了一地'],
  'urban.manhole-cover': ['井盖没了', '下水井盖破了', '马路上井盖塌了一个洞', '窨井盖松了车一过就响', '雨水井盖丢了', '井盖比路面低一大截'],
  'urban.snow-removal': ['雪没人扫', '路上的冰太厚了', '人行道结冰没人清', '积雪堆在路口', '下完雪路滑得走不了', '清雪车把雪堆到门口了'],
  'urban.greening': ['树太高挡光了', '树枝伸到窗户里', '枯树快倒了', '绿化带没人管长满草', '杨絮柳絮太多', '公园的草坪被踩秃了', '行道树被人砍了'],
  'heating.low-temperature': ['暖气凉', '家里暖气不暖和', '房间里冷得伸不出手', '暖气半热不热', '家里才十四五度', '暖气上热下凉', '晚上暖气就凉了', '暖气时冷时热', '屋里冻得慌', '供暖不达标'],
  'heating.leak': ['暖气漏了', '暖气片往外渗水', '暖气管道滴水', '放风阀关不住一直流水', '暖气阀门漏水', '楼上暖气跑水淹了我家'],
  'heating.no-supply': ['还没来暖气', '暖气没来', '整栋楼都没暖气', '供暖开始了我家还是凉的', '停暖了', '暖气一直没开栓', '热力公司说管网抢修停热'],
  'heating.fee': ['暖气费咋交', '采暖费多少钱一平米', '暖气报停', '取暖费退费', '暖气费发票', '空房子暖气费能少交吗', '暖气费户名变更'],
  'water.outage': ['没水', '家里停水', '水龙头不出水', '水压太小', '楼上没水', '停水也不通知', '水管冻住了没水', '什么时候来水'],
  'water.quality': ['水浑', '自来水发黄', '水有味道', '水里有杂质', '自来水有漂白粉味', '水烧开有白色沉淀'],
  'water.pipe-burst': ['水管爆了', '路上冒水', '自来水管子破了往外喷', '水表井往外冒水', '地下管道漏水路面都湿了'],
  'water.fee': ['水费咋交', '水费太高', '水表转得快', '水费账单不对', '水表坏了', '欠水费被停水'],
  'power.outage': ['停电', '没电了', '老跳闸', '电压不稳', '一片都停电了', '断电也不说一声', '电压太低空调开不了'],
  'power.fee': ['电费咋交', '电费太贵', '电表转得快', '电费充不上', '电卡充值不到账', '阶梯电价咋算'],
  'gas.leak': ['闻到煤气味', '燃气泄漏', '天然气漏了', '燃气表那里嘶嘶响', '有股燃气味'],
  'gas.supply': ['没气', '停气了', '燃气灶点不着', '天然气火小', '壁挂炉打不着火', '气压不够'],
  'gas.service': ['燃气费咋交', '燃气开户', '燃气过户', '燃气卡充值', '燃气安检', '燃气表坏了换表', '燃气费贵'],
  'labor.wage-arrears': ['工资没发', '老板欠钱不给', '讨工钱', '拖欠工资', '干活不给钱', '工头跑了工钱没给', '几个月没开支了', '不给开资'],
  'labor.dispute': ['被开除了不给补偿', '不签劳动合同', '没有加班费', '工伤不给认定', '单位逼我辞职', '试用期被辞退', '年假不让休'],
  'labor.employment': ['找工作', '失业金咋领', '技能培训', '就业补贴', '招聘会啥时候', '创业贷款', '灵活就业登记', '毕业生就业'],
  'social-insurance.pension': ['养老金', '退休金没发', '办退休', '退休年龄', '养老金涨了没', '养老钱咋算的', '领养老金的认证', '退休工资少了', '养老保险待遇', '提前退休'],
  'social-insurance.contribution': ['交社保', '社保断了', '补交社保', '社保转移', '社保卡补办', '社保卡激活', '单位不交社保', '个人交养老保险'],
  'medical-insurance.reimbursement': ['医保报销', '看病报销', '异地就医', '住院报销多少', '慢病卡', '医保卡刷不了', '门诊报销', '大病保险'],
  'medical-insurance.enrolment': ['交医保', '居民医保', '医保参保', '医保码', '医保断交了', '孩子办医保'],
  'housing-fund.withdrawal': ['取公积金', '公积金提取', '公积金还房贷', '离职取公积金', '公积金销户', '租房用公积金'],
  'housing-fund.loan': ['公积金贷款', '公积金贷多少', '公积金提前还款', '公积金贷款审批', '组合贷款', '异地公积金贷款'],
  'market.consumer-complaint': ['买到假货', '退货不给退', '办卡后店跑了', '网购质量问题', '售后不管', '商家虚假宣传', '预付卡退不了钱', '买的东西坏了不给修'],
  'market.food-safety': ['食品过期', '吃了拉肚子', '饭店不卫生', '买的东西变质了', '餐馆没有证', '菜里有头发', '外卖不干净'],
  'market.price': ['乱收费', '价格太贵', '没有标价', '停车费太贵', '涨价', '缺斤短两', '不给开发票', '商家乱要价'],
  'market.elevator': ['电梯坏了', '电梯故障', '电梯年检', '电梯异响', '电梯老停', '电梯维保'],
  'transport.taxi': ['出租车拒载', '打车绕路', '出租车不打表', '网约车', '司机宰客', '出租车乱要价', '滴滴司机'],
  'transport.bus': ['公交车', '公交太少', '公交站', '公交司机', '坐车不方便', '公交卡', '班车', '长途客车', '加个公交线路'],
  'transport.illegal-parking': ['乱停车', '车堵门口', '占消防通道', '车停在人行道上', '挪车', '僵尸车'],
  'public-security.household-registration': [
    '上户口', '身份证', '迁户口', '落户', '户口本', '改名字', '临时身份证', '居住证',
    // 车驾管 and traffic fines belong to the public-security bureau's traffic police; the taxonomy has no category of its own for them.
    '驾驶证换证', '驾照到期', '驾照扣分', '机动车年检', '车辆上牌', '电动车上牌', '车管所', '交通违章处理', '违章罚款', '车辆过户', '摩托车驾照', '交警大队',
  ],
  'public-security.exit-entry': ['护照', '港澳通行证', '签注', '出国', '台湾通行证', '出入境'],
  'housing.property-management': [
    '物业', '物业费', '物业不作为', '物业公司', '物业乱收费', '小区没人管', '业委会', '维修基金', '小区保安', '物业服务差', '弃管小区', '物业停水停电',
    // Public rental and low-rent housing go to the housing bureau too.
    '公租房申请', '廉租房', '保障性住房', '公租房分配',
  ],
  'housing.construction-quality': ['房子漏水开发商不管', '新房有裂缝', '延期交房', '开发商违约', '烂尾楼', '房屋质量问题'],
  'housing.old-community-renovation': ['老旧小区改造', '外墙保温', '小区改造施工', '加装电梯', '改造把路挖了'],
  'housing.real-estate-registration': [
    '房本', '不动产证', '过户', '房产证', '抵押登记', '继承房产', '产权证',
    // Land use and mineral resources are the natural-resources bureau's too.
    '占用耕地', '私挖乱采', '违法用地', '宅基地审批', '土地证', '采矿',
  ],
  'environment.noise': ['噪音', '太吵了', '半夜施工', '广场舞扰民', '音响声音大', '装修噪音', '吵得睡不着'],
  'environment.air-pollution': ['油烟', '空气污染', '扬尘', '烧垃圾', '有异味', '工厂废气', '烟囱冒烟', '喷漆味'],
  'environment.water-pollution': ['污水', '偷排', '河水被污染', '排污', '地下水污染', '往沟里排脏水'],
  'education.enrolment': ['孩子上学', '入学', '划片', '转学', '招生', '幼儿园报名', '学区', '上初中'],
  'education.charges': ['学校乱收费', '补课', '培训班退费', '资料费', '校服费', '老师收礼'],
  'health.hospital-service': ['医院', '看病难', '挂号', '医生态度', '医疗纠纷', '看病贵', '检查费', '卫生院', '出生证明', '献血'],
  'health.vaccination': ['打疫苗', '疫苗预约', '接种', '狂犬疫苗', '疫苗本', '预防针'],
  'civil-affairs.assistance': ['低保', '救助', '困难补助', '残疾人补贴', '特困', '临时救助', '流浪人员', '婚姻登记', '殡葬'],
  'civil-affairs.elderly-care': ['高龄补贴', '养老院', '老年餐桌', '居家养老', '敬老院', '老人没人照顾'],
  'gov-services.consultation': [
    '怎么办理', '需要啥材料', '在哪办', '办事指南', '营业执照', '政务大厅几点上班', '开店需要什么证',
    // Tax matters reach 12345 as questions about where and how; the taxonomy has no tax category.
    '个税退税', '税务登记', '发票怎么开', '报税', '交税', '纳税申报', '电子税务局', '发票作废', '税务局在哪',
  ],
  'gov-services.window-service': [
    '窗口态度差', '办事来回跑', '推诿扯皮', '网上办不了', '网站打不开', '政务服务网登录不上', '蒙速办', 'APP闪退', '网上申请一直审核中',
    '实名认证失败', '人脸识别不通过', '预约不上', '办事系统故障', '一网通办', '网上办事大厅', '材料反复退回', '让我跑了好几趟',
  ],
  'agriculture.subsidy': [
    '种地补贴', '种粮补贴', '农机补贴', '草原补奖', '耕地补贴', '惠农补贴', '粮食补贴没发', '禁牧补贴', '一卡通补贴',
    // 农村土地承包 is the agriculture and animal-husbandry bureau's.
    '土地承包', '承包地', '土地流转', '承包合同', '确权', '村集体', '合作社', '种子', '化肥', '农药', '庄稼', '大棚',
  ],
  'agriculture.livestock': ['牛羊生病', '牲畜防疫', '死羊', '病死猪', '养殖场', '兽医', '兽药', '饲料', '动物检疫', '羊圈', '牛', '羊', '猪', '鸡', '奶牛', '牧民', '草场'],
  'culture-tourism.tourism': ['景区', '旅游', '导游', '旅行社', '门票', '博物馆', '图书馆', '网吧', '文化馆', '演出'],
  'veterans.benefits': ['退伍军人', '退役', '优抚', '光荣牌', '军属', '老兵', '优待证', '烈士', '抚恤金'],
  'safety.hazard': ['安全隐患', '消防隐患', '楼道充电', '飞线充电', '危化品', '液化气罐', '安全出口堵了', '消防栓坏了', '非法生产', '烟花爆竹', '灭火器过期'],
  'water-affairs.river': ['河道', '河里垃圾', '排洪沟', '防汛', '采砂', '挖沙', '黄河', '水库', '堤坝', '河边护栏'],
};
